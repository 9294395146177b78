package de.werkbank.datencheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import de.werkbank.seed.Seeder;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables as IT.NRW and the Regionalstatistik deliver them, into the sample store (Kreis Düren). */
class OfficeDeliveriesTest {

    @TempDir
    Path dir;

    private Store store;

    @BeforeEach
    void sampleStore() {
        store = Store.create(StoreLocation.in(dir.resolve("store")), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE));
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    private Path latin1(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(Charset.forName("windows-1252")));
        return file;
    }

    private static Map<String, Double> population(Store store, int year) {
        ProfileTable table = new ProfileTable(store.areas(), store.values(ProfileTable.POPULATION), List.of());
        return table.rows(year, year, AgeLimits.STANDARD).stream().collect(Collectors.toMap(r -> r.area().key(),
                r -> r.figures().get(ProfileTable.Column.POPULATION).orElse(Double.NaN)));
    }

    @Test
    void aLandesdatenbankTableOfAllNrwGemeindenIsMatchedByMeaningAndLeavesOutOnlyWhatTheStoreDoesNotHold()
            throws Exception {
        Path file = latin1("12411-01i.csv", OfficeFiles.landesdatenbank());
        ImportPreview preview = DataImport.preview(store, file, OfficeFiles.landesdatenbankMapping());

        // the Kreis row (05358) is the stored Kreis 05358000, the 15 Gemeinden are found; 3 values each
        assertThat(preview.values()).hasSize(16 * 3);
        assertThat(preview.values()).extracting(Observation::areaKey).contains("05358000", "05358008", "05358060");
        assertThat(preview.read().unknownRows()).isEqualTo(7);
        assertThat(preview.read().unknownAreas()).containsKeys("05", "051", "05111", "05334", "05334002", "053",
                "05358999");
        assertThat(String.join("\n", preview.lines())).contains("7 Zeilen", "7 Gebiete", "05 Nordrhein-Westfalen",
                "051 Düsseldorf, Regierungsbezirk");
        // Titz's total is 100 more than its men and women
        assertThat(preview.disagreements()).singleElement().satisfies(d -> {
            assertThat(d.areaKey()).isEqualTo("05358056");
            assertThat(d.total() - d.parts()).isEqualTo(100);
        });

        int before = store.values("bevoelkerung").size();
        assertThatThrownBy(() -> DataImport.importData(store, file, OfficeFiles.landesdatenbankMapping(), Instant.now()))
                .isInstanceOf(DataImportException.class).hasMessageContaining("7 Zeilen")
                .hasMessageContaining("05 Nordrhein-Westfalen").hasMessageContaining("--skip-unknown-areas");
        assertThat(store.values("bevoelkerung")).hasSize(before);

        assertThat(DataImport.importData(store, file, OfficeFiles.landesdatenbankMapping(), true, Instant.now()))
                .isEqualTo(48);
        Map<String, Double> people = population(store, 2011);
        // men and women, not insgesamt + men + women; the Kreis's own row, not its Kommunen added up
        assertThat(people.get("05358008")).isEqualTo(88_567);
        assertThat(people.get("05358056")).as("the parts where both are given").isEqualTo(8_260);
        assertThat(people.get("05358000")).isEqualTo(258_524);
    }

    @Test
    void aRegionalstatistikTableOfGermanyInSeventeenAgeGroupsGivesEachKommuneItsPopulationOnce() throws Exception {
        String text = OfficeFiles.regionalstatistik();
        Path file = latin1("12411-02-03-5.csv", text);
        ColumnMapping mapping = OfficeFiles.regionalstatistikMapping(text);
        assertThat(mapping.values()).hasSize(54);
        assertThat(mapping.values().get(0)).isEqualTo(new ColumnMapping.ValueColumn("#3", "bevoelkerung", "insgesamt",
                "0-2", "Personen"));
        assertThat(mapping.values().get(17)).as("Insgesamt under Insgesamt").isEqualTo(new ColumnMapping.ValueColumn(
                "#20", "bevoelkerung", "insgesamt", "", "Personen"));
        assertThat(mapping.values().get(53)).isEqualTo(new ColumnMapping.ValueColumn("#56", "bevoelkerung", "w", "",
                "Personen"));

        ImportPreview preview = DataImport.preview(store, file, mapping);
        assertThat(preview.read().unknownAreas()).containsOnlyKeys("DG", "05", "09162", "09162000");
        assertThat(preview.values()).extracting(Observation::areaKey).containsAll(OfficeFiles.DUEREN.keySet())
                .allMatch(k -> k.startsWith("05358"));
        assertThat(preview.values()).allMatch(o -> o.year() == 2015);
        assertThat(preview.disagreements()).isEmpty();
        // the sample store's 5-year groups of 2015 are replaced: its 15 Kommunen (the Kreis holds none of its own)
        long stored2015 = store.values("bevoelkerung").stream().filter(o -> o.year() == 2015).count();
        assertThat(preview.replacedValues()).isEqualTo(stored2015);
        assertThat(preview.replaced()).containsExactly("bevoelkerung 2015 (15 Gebiete)");

        DataImport.importData(store, file, mapping, true, Instant.now());
        Map<String, Double> people = population(store, 2015);
        OfficeFiles.DUEREN.forEach((key, n) -> assertThat(people.get(key)).as(key).isEqualTo(n.doubleValue()));
        assertThat(store.values("bevoelkerung")).filteredOn(o -> o.areaKey().equals("05358008") && o.year() == 2015)
                .extracting(Observation::ageGroup).doesNotContain("0-4", "5-9").contains("0-2", "75+");

        ProfileTable table = new ProfileTable(store.areas(), store.values(ProfileTable.POPULATION), List.of());
        ProfileTable.Row dueren = table.rows(2015, 2015, AgeLimits.STANDARD).stream()
                .filter(r -> r.area().key().equals("05358008")).findFirst().orElseThrow();
        int[] m = OfficeFiles.groups(OfficeFiles.men(88_567));
        int[] w = OfficeFiles.groups(88_567 - OfficeFiles.men(88_567));
        double old = m[15] + m[16] + w[15] + w[16];
        double working = 0;
        for (int g = 6; g <= 14; g++) {
            working += m[g] + w[g];
        }
        assertThat(dueren.figures().get(ProfileTable.Column.ALTENQUOTIENT).getAsDouble())
                .isCloseTo(100 * old / working, within(1e-9));
        assertThat(dueren.figures().get(ProfileTable.Column.SHARE_80)).as("80+ lies inside 75 und mehr").isEmpty();
    }

    @Test
    void aDateAboveEachBlockHoldsForTheBlockAndACityFileWithoutYearTakesTheMappings() throws Exception {
        String blocks = "12411-01-01-4\n31.12.2018;;;;31.12.2019;;\n;;Insgesamt;männlich;Insgesamt;männlich;weiblich\n"
                + "05358008;Düren;90000;44000;91000;45000;46000\n__________\n";
        ColumnMapping mapping = new ColumnMapping(";", 3, 0, "#1", 0, null, null, null, null, List.of(
                new ColumnMapping.ValueColumn("#3", "bevoelkerung", "insgesamt", "", ""),
                new ColumnMapping.ValueColumn("#4", "bevoelkerung", "m", "", ""),
                new ColumnMapping.ValueColumn("#5", "bevoelkerung", "insgesamt", "", ""),
                new ColumnMapping.ValueColumn("#7", "bevoelkerung", "w", "", "")), 2);
        DataRead read = OfficeTable.read("b.csv", blocks.getBytes(StandardCharsets.UTF_8), mapping,
                de.werkbank.area.AreaKeys.of(List.of("05358008")));
        assertThat(read.values()).extracting(Observation::year).containsExactly(2018, 2018, 2019, 2019);

        String city = "Nr.,Stadtteil,Einwohner insgesamt,0 - 2, 3 - 5,75 u.m.,80 u. älter\n"
                + "101,Altstadt,1200,30,40,100,60\n102,Nord,800,20,25,70,30\n";
        ColumnMapping byStadtteil = new ColumnMapping(",", 1, 0, "Nr.", 0, null, null, null, null, List.of(
                new ColumnMapping.ValueColumn(" 3 - 5", "bevoelkerung", "", " 3 - 5", ""),
                new ColumnMapping.ValueColumn("75 u.m.", "bevoelkerung", "", "75 u.m.", ""),
                new ColumnMapping.ValueColumn("80 u. älter", "bevoelkerung", "", "80 u. älter", "")), 0, 2012);
        DataRead stadtteile = OfficeTable.read("stadtteile.csv", city.getBytes(StandardCharsets.UTF_8), byStadtteil,
                de.werkbank.area.AreaKeys.of(List.of("101", "102")));
        assertThat(stadtteile.values()).allMatch(o -> o.year() == 2012);
        assertThat(stadtteile.values()).extracting(Observation::ageGroup).containsExactly("3-5", "75+", "80+",
                "3-5", "75+", "80+");
    }
}
