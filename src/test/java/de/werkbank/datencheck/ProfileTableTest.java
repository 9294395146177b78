package de.werkbank.datencheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.werkbank.seed.Seeder;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standard indicators of the sample data, against the figures of its README. */
class ProfileTableTest {

    @TempDir
    Path dir;

    @Test
    void theKreisAddsUpItsKommunenAndMatchesTheSampleFigures() {
        try (Store store = Store.create(StoreLocation.in(dir), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE))) {
            List<Observation> moves = Stream.of("geburten", "sterbefaelle", "zuzuege", "fortzuege")
                    .flatMap(k -> store.values(k).stream()).toList();
            ProfileTable table = new ProfileTable(store.areas(), store.values("bevoelkerung"), moves);
            assertThat(table.years()).startsWith(2009).endsWith(2019).hasSize(11);

            List<ProfileTable.Row> rows = table.rows(2019, 2011, AgeLimits.STANDARD);
            assertThat(rows).hasSize(16);
            ProfileTable.Row kreis = rows.stream().filter(r -> r.area().key().equals("05358000")).findFirst().orElseThrow();
            assertThat(kreis.figures().get(ProfileTable.Column.POPULATION).getAsDouble()).isEqualTo(269_153);
            assertThat(kreis.figures().get(ProfileTable.Column.SHARE_65).getAsDouble()).isCloseTo(21.46, within(0.01));
            assertThat(kreis.figures().get(ProfileTable.Column.CHANGE).getAsDouble())
                    .isCloseTo((269_153.0 / 258_524 - 1) * 100, within(1e-9));
            assertThat(kreis.figures().get(ProfileTable.Column.MIGRATION)).isPresent();
            assertThat(kreis.figures().get(ProfileTable.Column.NATURAL).getAsDouble()).isNegative();

            // Inden's deaths of 2012 are missing ("." in the data): Inden's balance and the Kreis' sum too
            List<ProfileTable.Row> rows2012 = table.rows(2012, 2011, AgeLimits.STANDARD);
            assertThat(natural(rows2012, "05358020")).isEmpty();
            assertThat(natural(rows2012, "05358000")).isEmpty();
            assertThat(natural(rows2012, "05358004")).isPresent();
            // 2009, the first year: per 1,000 at the year's end (Aldenhoven: 101 births, 162 deaths)
            List<ProfileTable.Row> rows2009 = table.rows(2009, 2009, AgeLimits.STANDARD);
            double aldenhoven = rows2009.stream().filter(r -> r.area().key().equals("05358004")).findFirst().orElseThrow()
                    .figures().get(ProfileTable.Column.POPULATION).getAsDouble();
            assertThat(natural(rows2009, "05358004").getAsDouble()).isCloseTo((101 - 162) / aldenhoven * 1000, within(1e-9));

            double kommunen = rows.stream().filter(r -> !r.area().key().equals("05358000"))
                    .mapToDouble(r -> r.figures().get(ProfileTable.Column.POPULATION).getAsDouble()).sum();
            assertThat(kommunen).isEqualTo(269_153);
        }
    }

    private static java.util.OptionalDouble natural(List<ProfileTable.Row> rows, String area) {
        return rows.stream().filter(r -> r.area().key().equals(area)).findFirst().orElseThrow()
                .figures().get(ProfileTable.Column.NATURAL);
    }
}
