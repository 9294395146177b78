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
    void theSampleStoreHasPopulationAndMovementsOfAllFifteenKommunen() {
        try (Store store = Store.create(StoreLocation.in(dir), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE))) {
            assertThat(store.indicators()).extracting(IndicatorSummary::key)
                    .containsExactly("bevoelkerung", "fortzuege", "geburten", "sterbefaelle", "zuzuege");
            assertThat(store.indicators()).allSatisfy(i -> {
                assertThat(i.firstYear()).isEqualTo(2009);
                assertThat(i.lastYear()).isEqualTo(2019);
                assertThat(i.areas()).isEqualTo(15);
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
                    .isInstanceOf(DataImportException.class).hasMessageContaining("bad.csv, Zeile 3, Spalte 1").hasMessageContaining("99999999");
            assertThat(store.indicators()).isEqualTo(before);

            Path good = dir.resolve("good.csv");
            Files.writeString(good, "area_key;indicator;year;value;unit\n05358008;ehrenamtsquote;2019;12,5;%\n",
                    StandardCharsets.UTF_8);
            assertThat(DataImport.importFile(store, good, null, Instant.now())).isEqualTo(1);
            assertThat(store.indicators()).extracting(IndicatorSummary::key).contains("ehrenamtsquote");
            assertThat(store.log()).anyMatch(l -> l.startsWith("import-data: good.csv"));
        }
    }
}
