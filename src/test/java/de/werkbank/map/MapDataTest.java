package de.werkbank.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.werkbank.area.Area;
import de.werkbank.datencheck.AgeLimits;
import de.werkbank.datencheck.DataImport;
import de.werkbank.datencheck.ProfileTable;
import de.werkbank.seed.Seeder;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render-map} reads the store its own way (the population straight from the stored text, one figure
 * computed): it shows what the Datencheck's table shows, and what the figures' definitions give.
 */
class MapDataTest {

    @TempDir
    Path dir;

    @Test
    void everyFigureOfEveryAreaIsWhatTheDatencheckTableShows() {
        try (Store store = Store.create(StoreLocation.in(dir), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE))) {
            ProfileTable table = MapData.profile(store);
            for (int year : List.of(2009, 2015, 2019)) {
                List<ProfileTable.Row> rows = table.rows(year, table.populationYears().get(0), AgeLimits.STANDARD);
                for (ProfileTable.Column column : ProfileTable.Column.values()) {
                    MapFigure figure = new MapFigure.Derived(column);
                    Map<String, Double> shown = MapData.values(rows, figure);
                    assertThat(MapData.values(store, figure, year)).as("%s %d", column, year).isEqualTo(shown);
                    assertThat(MapData.values(table, figure, year)).as("%s %d", column, year).isEqualTo(shown);
                }
                // the sample has births, deaths and moves: the balances are there too
                assertThat(MapData.values(store, new MapFigure.Derived(ProfileTable.Column.NATURAL), year)).hasSizeGreaterThan(10);
            }
        }
    }

    @Test
    void theAltenquotientIsCountedFromTheSampleFileForAKommuneAndTheKreis() throws IOException {
        try (Store store = Store.create(StoreLocation.in(dir), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE))) {
            String kreis = store.areas().stream().filter(a -> a.level() == Area.Level.KREIS).findFirst().orElseThrow().key();
            Map<String, Double> values = MapData.values(store, new MapFigure.Derived(ProfileTable.Column.ALTENQUOTIENT), 2019);

            assertThat(values.get("05358012")).isCloseTo(altenquotient("05358012", 2019), within(1e-9));
            assertThat(values.get(kreis)).isCloseTo(altenquotient("05358", 2019), within(1e-9));
        }
    }

    @Test
    void anOfficeDeliveryWithTotalsBesideItsPartsCountsEachPersonOnce() throws IOException {
        // GENESIS' 17 groups for Insgesamt, männlich and weiblich, and the all-ages totals: Heimbach in 2021
        String[] groups = {"0-2", "3-5", "6-9", "10-14", "15-17", "18-19", "20-24", "25-29", "30-34", "35-39", "40-44",
            "45-49", "50-54", "55-59", "60-64", "65-74", "75+"};
        StringBuilder csv = new StringBuilder("area_key;indicator;year;value;unit;age_group;sex\n");
        double young = 0;
        double working = 0;
        double old = 0;
        double men = 0;
        double women = 0;
        for (int g = 0; g < groups.length; g++) {
            double m = 100.25 + 7 * g;
            double w = 99.5 + 11 * g;
            csv.append(line(groups[g], "insgesamt", m + w)).append(line(groups[g], "m", m)).append(line(groups[g], "w", w));
            men += m;
            women += w;
            if (g < 6) {
                young += m + w;
            } else if (g < 15) {
                working += m + w;
            } else {
                old += m + w;
            }
        }
        csv.append(line("", "insgesamt", men + women)).append(line("", "m", men)).append(line("", "w", women));
        Path file = dir.resolve("heimbach-2021.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        try (Store store = Store.create(StoreLocation.in(dir.resolve("store")), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE))) {
            DataImport.importData(store, file, null, false, Instant.now());

            // Heimbach, and the Kreis adding up the one Kommune with values of 2021
            Map<String, Double> population = MapData.values(store, new MapFigure.Derived(ProfileTable.Column.POPULATION), 2021);
            assertThat(population).containsOnlyKeys("05358012", "05358000");
            assertThat(population.get("05358012")).isCloseTo(men + women, within(1e-9));
            assertThat(MapData.values(store, new MapFigure.Derived(ProfileTable.Column.ALTENQUOTIENT), 2021).get("05358012"))
                    .isCloseTo(100 * old / working, within(1e-9));
            assertThat(MapData.values(store, new MapFigure.Derived(ProfileTable.Column.JUGENDQUOTIENT), 2021).get("05358012"))
                    .isCloseTo(100 * young / working, within(1e-9));
            // 80+ falls inside "75 Jahre und mehr": no number
            assertThat(MapData.values(store, new MapFigure.Derived(ProfileTable.Column.SHARE_80), 2021)).isEmpty();
        }
    }

    private static String line(String group, String sex, double value) {
        return "05358012;bevoelkerung;2021;" + String.valueOf(value).replace('.', ',') + ";Personen;" + group + ";" + sex + "\n";
    }

    /** People of 65 and older per 100 of 20 to 64 in the sample's file, of the areas whose key starts so. */
    private static double altenquotient(String keyStart, int year) throws IOException {
        double old = 0;
        double working = 0;
        for (String line : Files.readAllLines(Path.of("sample-data/datencheck/bevoelkerung_altersgruppen.csv"),
                StandardCharsets.UTF_8)) {
            String[] f = line.split(";");
            if (f[0].startsWith(keyStart) && f[0].length() == 8 && f[1].equals("bevoelkerung")
                    && f[2].equals(String.valueOf(year))) {
                int lower = Integer.parseInt(f[5].replace("+", "").split("-")[0]);
                // people in whole numbers, the thousands separated by a point as German tables write them
                double people = Double.parseDouble(f[3].replace(".", ""));
                if (lower >= 65) {
                    old += people;
                } else if (lower >= 20) {
                    working += people;
                }
            }
        }
        return 100 * old / working;
    }
}
