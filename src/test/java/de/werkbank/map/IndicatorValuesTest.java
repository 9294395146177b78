package de.werkbank.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.werkbank.seed.Seeder;
import de.werkbank.sheet.DataLink;
import de.werkbank.sheet.Indicator;
import de.werkbank.sheet.Measurement;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An indicator linked to the Datencheck shows the figure's values of its area, year by year. */
class IndicatorValuesTest {

    @TempDir
    Path dir;

    /** The share of people 65 and older in an area and year, in %, counted straight from the sample's file. */
    private static double share65(String area, int year) throws IOException {
        double old = 0;
        double all = 0;
        for (String line : Files.readAllLines(Path.of("sample-data/datencheck/bevoelkerung_altersgruppen.csv"),
                StandardCharsets.UTF_8)) {
            String[] f = line.split(";");
            if (f[0].equals(area) && f[1].equals("bevoelkerung") && f[2].equals(String.valueOf(year))) {
                double v = Double.parseDouble(f[3]);
                all += v;
                int lower = Integer.parseInt(f[5].replace("+", "").split("-")[0]);
                if (lower >= 65) {
                    old += v;
                }
            }
        }
        return 100 * old / all;
    }

    @Test
    void theShareOf65AndOlderInHeimbachComesFromTheDatencheckAsOf31December() throws IOException {
        try (Store store = Store.create(StoreLocation.in(dir), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE))) {
            IndicatorValues values = new IndicatorValues(store);
            Indicator linked = new Indicator(UUID.randomUUID(), "Anteil 65+", "%", null, null, null)
                    .withLink(new DataLink("anteil_65_plus", "05358012"));

            List<Measurement> series = values.of(linked);
            assertThat(series).extracting(Measurement::date).containsExactly(
                    java.util.stream.IntStream.rangeClosed(2009, 2019).mapToObj(y -> LocalDate.of(y, 12, 31))
                            .toArray(LocalDate[]::new));
            assertThat(series.get(0).value().doubleValue()).isCloseTo(share65("05358012", 2009), within(1e-4));
            assertThat(series.get(10).value().doubleValue()).isCloseTo(share65("05358012", 2019), within(1e-4));
            assertThat(values.title("anteil_65_plus")).isEqualTo("Anteil 65+ in %");

            // the sample's Bürgerbus carries such an indicator
            assertThat(store.content().sheets().values().stream().flatMap(s -> s.indicators().stream())
                    .filter(i -> i.link() != null)).singleElement()
                    .satisfies(i -> assertThat(values.of(i)).hasSize(11));
            assertThat(values.of(linked.withLink(new DataLink("anteil_65_plus", "99999999")))).isEmpty();
        }
    }
}
