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

            List<ProfileTable.Row> all = table.rows(2019, 2011, AgeLimits.STANDARD);
            // the Kreis, its 15 Kommunen and their Orts-/Stadtteile
            List<ProfileTable.Row> rows = all.stream().filter(r -> r.area().level() != de.werkbank.area.Area.Level.ORTSTEIL).toList();
            assertThat(rows).hasSize(16);
            assertThat(all.size() - rows.size()).isGreaterThanOrEqualTo(150);
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

    @Test
    void aSurveyOfAYearWithoutPopulationIsShownForEveryAreaThatHasIt() {
        try (Store store = Store.create(StoreLocation.in(dir), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE))) {
            // an Ehrenamt survey of 2020 for three Kommunen, beside population up to 2019
            List<Observation> survey = List.of(
                    new Observation("05358004", "ehrenamt", 2020, null, Sex.INSGESAMT, new java.math.BigDecimal("31.5"), null, "%"),
                    new Observation("05358008", "ehrenamt", 2020, null, Sex.INSGESAMT, new java.math.BigDecimal("24.0"), null, "%"),
                    new Observation("05358012", "ehrenamt", 2020, null, Sex.INSGESAMT, new java.math.BigDecimal("40.2"), null, "%"));
            ProfileTable table = new ProfileTable(store.areas(), store.values("bevoelkerung"), List.of(), survey);

            assertThat(table.years()).contains(2019, 2020);
            assertThat(table.populationYears()).endsWith(2019).doesNotContain(2020);
            List<ProfileTable.Row> rows = table.rows(2020, 2009, AgeLimits.STANDARD);
            assertThat(rows).extracting(r -> r.area().key()).containsExactlyInAnyOrder("05358004", "05358008", "05358012");
            ProfileTable.Row heimbach = rows.stream().filter(r -> r.area().key().equals("05358012")).findFirst().orElseThrow();
            assertThat(heimbach.measured().get("ehrenamt").getAsDouble()).isEqualTo(40.2);
            assertThat(heimbach.figures().get(ProfileTable.Column.POPULATION)).isEmpty();
            assertThat(de.werkbank.map.MapData.values(rows, new de.werkbank.map.MapFigure.Measured("ehrenamt", "Ehrenamt")))
                    .containsOnlyKeys("05358004", "05358008", "05358012").containsEntry("05358004", 31.5);
            // the years with population keep all their rows and figures
            assertThat(table.rows(2019, 2009, AgeLimits.STANDARD))
                    .filteredOn(r -> r.area().level() != de.werkbank.area.Area.Level.ORTSTEIL).hasSize(16);
        }
    }

    @Test
    void aFigureWhoseAgeLimitFallsInsideAGroupSaysItCannotBeComputed() {
        var area = new de.werkbank.area.Area(java.util.UUID.randomUUID(), "05358008", "Düren", de.werkbank.area.Area.Level.KOMMUNE, null);
        // a table whose last group is „75 Jahre und mehr“: 80+ cannot be counted from it
        List<Observation> people = new java.util.ArrayList<>();
        for (String[] g : new String[][] {{"0-19", "200"}, {"20-64", "500"}, {"65-74", "150"}, {"75+", "150"}}) {
            people.add(new Observation("05358008", "bevoelkerung", 2019, g[0], Sex.INSGESAMT, new java.math.BigDecimal(g[1]), null, ""));
        }
        ProfileTable.Row row = new ProfileTable(List.of(area), people, List.of()).rows(2019, 2019, AgeLimits.STANDARD).get(0);

        assertThat(row.figures().get(ProfileTable.Column.SHARE_65).getAsDouble()).isEqualTo(30.0);
        assertThat(row.figures().get(ProfileTable.Column.SHARE_80)).isEmpty();
        assertThat(row.notComputable()).containsOnlyKeys(ProfileTable.Column.SHARE_80);
        assertThat(row.notComputable().get(ProfileTable.Column.SHARE_80)).contains("80").contains("75+")
                .contains("nicht zu berechnen");
    }

    private static java.util.OptionalDouble natural(List<ProfileTable.Row> rows, String area) {
        return rows.stream().filter(r -> r.area().key().equals(area)).findFirst().orElseThrow()
                .figures().get(ProfileTable.Column.NATURAL);
    }
}
