package de.werkbank.datencheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.werkbank.seed.Seeder;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataImportTest {

    @TempDir
    Path dir;

    @Test
    void theSampleStoreHasPopulationAndMovementsOfAllFifteenKommunenAndPopulationOfTheirOrtsteile() {
        try (Store store = Store.create(StoreLocation.in(dir), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE))) {
            assertThat(store.indicators()).extracting(IndicatorSummary::key)
                    .containsExactly("bevoelkerung", "fortzuege", "geburten", "sterbefaelle", "zuzuege");
            assertThat(store.indicators()).allSatisfy(i -> {
                assertThat(i.firstYear()).isEqualTo(2009);
                assertThat(i.lastYear()).isEqualTo(2019);
                // population for the 15 Kommunen and their 170 Orts-/Stadtteile, movements for the Kommunen
                assertThat(i.areas()).isEqualTo(i.key().equals("bevoelkerung") ? 15 + 170 : 15);
            });
            assertThat(store.indicators().get(0).name()).isEqualTo("Bevölkerung");
        }
    }

    @Test
    void aFileWithAnUnknownAreaChangesNothingAndAGoodOneCreatesItsIndicator() throws Exception {
        try (Store store = Store.create(StoreLocation.in(dir), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE))) {
            var before = store.indicators();
            Path bad = dir.resolve("bad.csv");
            Files.writeString(bad, "area_key;indicator;year;value\n05358008;ehrenamtsquote;2019;12,5\n99999999;ehrenamtsquote;2019;3\n",
                    StandardCharsets.UTF_8);
            assertThatThrownBy(() -> DataImport.importFile(store, bad, null, Instant.now()))
                    .isInstanceOf(DataImportException.class).hasMessageContaining("bad.csv").hasMessageContaining("99999999")
                    .hasMessageContaining("--skip-unknown-areas");
            assertThat(store.indicators()).isEqualTo(before);

            Path good = dir.resolve("good.csv");
            Files.writeString(good, "area_key;indicator;year;value;unit\n05358008;ehrenamtsquote;2019;12,5;%\n",
                    StandardCharsets.UTF_8);
            assertThat(DataImport.importFile(store, good, null, Instant.now())).isEqualTo(1);
            assertThat(store.indicators()).extracting(IndicatorSummary::key).contains("ehrenamtsquote");
            assertThat(store.log()).anyMatch(l -> l.startsWith("import-data: good.csv"));
        }
    }

    @Test
    void aSavedMappingThatPadsKeysToTwoBillionDigitsIsRefusedNamingTheFieldNotRunOutOfMemory() throws Exception {
        Path mapping = dir.resolve("m.json");
        Files.writeString(mapping, "{\"areaColumn\":\"AGS\",\"padAreaKey\":2147483647,\"yearColumn\":\"Jahr\","
                + "\"values\":[{\"column\":\"Anzahl\",\"indicator\":\"bevoelkerung\"}]}", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DataImport.mapping(mapping)).isInstanceOf(DataImportException.class)
                .hasMessageContaining("m.json").hasMessageContaining("„padAreaKey“").hasMessageContaining("0 bis 40");
    }

    @Test
    void aMappingWithATwoCharacterSeparatorOrANumberTooLargeOrNested50000DeepIsRefusedInGerman() throws Exception {
        Path mapping = dir.resolve("m.json");
        Files.writeString(mapping, "{\"separator\":\";;\",\"areaColumn\":\"AGS\",\"values\":[]}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DataImport.mapping(mapping)).isInstanceOf(DataImportException.class)
                .hasMessageContaining("m.json").hasMessageContaining("„separator“");

        Files.writeString(mapping, "{\"areaColumn\":\"AGS\",\"headerLine\":99999999999}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DataImport.mapping(mapping)).isInstanceOf(DataImportException.class)
                .hasMessageContaining("m.json").hasMessageContaining("Zeile 1").hasMessageContaining("zu groß");

        // databind stops at the first array where a value column belongs, before Jackson's depth limit
        Files.writeString(mapping, "{\"values\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DataImport.mapping(mapping)).isInstanceOf(DataImportException.class)
                .hasMessageContaining("m.json lässt sich nicht lesen").hasMessageContaining("„values[0]“")
                .hasMessageNotContaining("exceeds").hasMessageNotContaining("Cannot deserialize");
    }
}
