package de.werkbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** import-data with rows of areas the store does not hold, and export-table, as a user types them. */
class OfficeDataCliTest extends CliTest {

    @Test
    void rowsOfUnknownAreasRefuseTheFileUnlessSkippedAndTheTableCanBeExported() throws Exception {
        String store = dir.resolve("store").toString();
        assertThat(run("--store", store, "init")).isZero();
        Path file = dir.resolve("quote.csv");
        Files.writeString(file, "area_key;indicator;year;value\nDG;ehrenamtsquote;2019;30,0\n05;ehrenamtsquote;2019;29,0\n"
                + "5358008;ehrenamtsquote;2019;11,0\n05358;ehrenamtsquote;2019;12,5\n", StandardCharsets.UTF_8);

        assertThat(run("--store", store, "import-data", file.toString())).isEqualTo(1);
        assertThat(err()).contains("quote.csv", "2 Zeilen", "DG", "05", "--skip-unknown-areas");
        assertThat(run("--store", store, "import-data", file.toString(), "--skip-unknown-areas")).isZero();
        assertThat(out()).contains("2 Werte eingelesen");

        Path table = dir.resolve("tabelle.csv");
        assertThat(run("--store", store, "export-table", "--year", "2019", "--base-year", "2009", table.toString()))
                .isZero();
        List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("\uFEFFGebiet;").contains("Einwohner", "ehrenamtsquote");
        assertThat(lines).hasSize(17);
        String dueren = lines.stream().filter(l -> l.startsWith("Düren;")).findFirst().orElseThrow();
        assertThat(dueren).matches(".*;11(,0+)?");
        assertThat(dueren.split(";")[1]).matches("\\d+");
        assertThat(dueren).doesNotContain(".").contains(",");

        assertThat(run("--store", store, "export-table", "--year", "1999", table.toString())).isEqualTo(1);
        assertThat(err()).contains("1999");
        assertThat(run("--store", store, "export-table", table.toString())).isEqualTo(2);
        assertThat(run("--store", store, "export-table", "--year", "2019", "--level", "gemeinden", table.toString()))
                .isEqualTo(2);
    }
}
