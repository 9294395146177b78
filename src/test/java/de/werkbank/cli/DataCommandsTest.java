package de.werkbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** import-data and list-indicators as a user types them. */
class DataCommandsTest extends CliTest {

    @Test
    void importedDataShowsUpInTheIndicatorList() throws Exception {
        String store = dir.resolve("store").toString();
        assertThat(run("--store", store, "init")).isZero();
        assertThat(run("--store", store, "list-indicators")).isZero();
        // the 15 Kommunen and their 170 Orts-/Stadtteile have population; the Kreis adds its Kommunen up
        assertThat(out()).contains("bevoelkerung\tBevölkerung\t2009–2019\t185", "anteil_65_plus\t",
                "altenquotient\tAltenquotient\t2009–2019\t186", "geburten\tGeburten\t2009–2019\t15");

        Path file = dir.resolve("quote.csv");
        Files.writeString(file, "area_key;indicator;year;value\n05358008;ehrenamtsquote;2018;11,0\n"
                + "05358024;ehrenamtsquote;2020;12,5\n", StandardCharsets.UTF_8);
        assertThat(run("--store", store, "import-data", file.toString())).isZero();
        assertThat(out()).contains("2 Werte eingelesen");
        assertThat(run("--store", store, "list-indicators")).isZero();
        assertThat(out()).contains("ehrenamtsquote\tehrenamtsquote\t2018–2020\t2");
    }

    @Test
    void aBrokenFileFailsWithItsLineAndBadUsageWithTwo() throws Exception {
        String store = dir.resolve("store").toString();
        assertThat(run("--store", store, "init", "--empty")).isZero();
        Path file = dir.resolve("broken.csv");
        Files.writeString(file, "area_key;indicator;year;value\n05358008;a;2019;zwölf\n", StandardCharsets.UTF_8);
        assertThat(run("--store", store, "import-data", file.toString())).isEqualTo(1);
        assertThat(err()).contains("broken.csv, Zeile 2, Spalte 4");
        assertThat(run("--store", store, "import-data")).isEqualTo(2);
        assertThat(run("--store", store, "list-indicators", "extra")).isEqualTo(2);
    }

    @Test
    void aLandesdatenbankDownloadIsReadWithItsSavedMapping() {
        String store = dir.resolve("store").toString();
        assertThat(run("--store", store, "init")).isZero();
        assertThat(run("--store", store, "import-data", "sample-data/datencheck/bevoelkerung_landesdatenbank.csv",
                "--mapping", "sample-data/datencheck/landesdatenbank-mapping.json")).isZero();
        assertThat(out()).contains("135 Werte eingelesen");
        assertThat(run("--store", store, "import-data", "sample-data/datencheck/bevoelkerung_landesdatenbank.csv")).isEqualTo(1);
        assertThat(err()).contains("area_key");
        assertThat(run("--store", store, "import-data", "x.csv", "--mapping")).isEqualTo(2);
    }

    @Test
    void anImportMayNameItsSourceWhichTheDatencheckShowsInsteadOfTheFileName() throws Exception {
        String store = dir.resolve("store").toString();
        assertThat(run("--store", store, "init")).isZero();
        Path file = dir.resolve("quote.csv");
        Files.writeString(file, "area_key;indicator;year;value\n05358008;ehrenamtsquote;2018;11,0\n", StandardCharsets.UTF_8);

        assertThat(run("--store", store, "import-data", file.toString(), "--source",
                "Kreis Düren, Ehrenamtsbefragung 2018")).isZero();
        try (Store s = Store.open(StoreLocation.in(Path.of(store)))) {
            assertThat(s.dataSources()).contains("Kreis Düren, Ehrenamtsbefragung 2018").doesNotContain("quote.csv");
        }
        assertThat(run("--store", store, "import-data", file.toString(), "--source")).isEqualTo(2);
    }

    @Test
    void aTidyFileMayNameItsNewIndicatorsInGerman() throws Exception {
        String store = dir.resolve("store").toString();
        assertThat(run("--store", store, "init")).isZero();
        Path file = dir.resolve("quote.csv");
        Files.writeString(file, "area_key;indicator;indicator_name;year;value\n"
                + "05358008;ehrenamtsquote;Ehrenamtsquote (Befragung);2018;11,0\n"
                + "05358024;ehrenamtsquote;;2018;12,5\n", StandardCharsets.UTF_8);

        assertThat(run("--store", store, "import-data", file.toString())).isZero();
        assertThat(run("--store", store, "list-indicators")).isZero();
        assertThat(out()).contains("ehrenamtsquote\tEhrenamtsquote (Befragung)\t2018\t2");
    }

    @Test
    void aDoubledHeadingIsSaidInGermanWithItsColumnNotAsAnException() throws Exception {
        String store = dir.resolve("store").toString();
        assertThat(run("--store", store, "init", "--empty")).isZero();
        Path file = dir.resolve("doppelt.csv");
        Files.writeString(file, "area_key;indicator;year;value;unit;age_group;sex;sex\n05358008;a;2019;1;P;65+;w\n",
                StandardCharsets.UTF_8);

        assertThat(run("--store", store, "import-data", file.toString())).isEqualTo(1);
        assertThat(err()).contains("doppelt.csv, Zeile 1, Spalte 8: Die Überschrift „sex“ steht schon in Spalte 7.")
                .doesNotContain("Exception");
    }

    @Test
    void aFileNameNoFileCanHaveIsBadUsageNotAnInvalidPathException() {
        String store = dir.resolve("store").toString();

        assertThat(run("--store", store, "import-data", "daten\u0000.csv")).isEqualTo(2);
        assertThat(err()).contains("ist kein möglicher Dateiname").doesNotContain("InvalidPathException");
        assertThat(run("--store", store, "import-data", "a.csv", "--mapping", "m\u0000.json")).isEqualTo(2);
    }
}
