package de.werkbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import-data and list-indicators as a user types them. */
class DataCommandsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        Outcome outcome = CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return ((Outcome.Exit) outcome).code();
    }

    @Test
    void importedDataShowsUpInTheIndicatorList() throws Exception {
        String store = dir.resolve("store").toString();
        assertThat(run("--store", store, "init")).isZero();
        assertThat(run("--store", store, "list-indicators")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("bevoelkerung\tBevölkerung\t2009–2019\t15");

        Path file = dir.resolve("quote.csv");
        Files.writeString(file, "area_key;indicator;year;value\n05358008;ehrenamtsquote;2018;11,0\n"
                + "05358024;ehrenamtsquote;2020;12,5\n", StandardCharsets.UTF_8);
        assertThat(run("--store", store, "import-data", file.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 Werte eingelesen");
        assertThat(run("--store", store, "list-indicators")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("ehrenamtsquote\tehrenamtsquote\t2018–2020\t2");
    }

    @Test
    void aBrokenFileFailsWithItsLineAndBadUsageWithTwo() throws Exception {
        String store = dir.resolve("store").toString();
        assertThat(run("--store", store, "init", "--empty")).isZero();
        Path file = dir.resolve("broken.csv");
        Files.writeString(file, "area_key;indicator;year;value\n05358008;a;2019;zwölf\n", StandardCharsets.UTF_8);
        assertThat(run("--store", store, "import-data", file.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("broken.csv, Zeile 2, Spalte 4");
        assertThat(run("--store", store, "import-data")).isEqualTo(2);
        assertThat(run("--store", store, "list-indicators", "extra")).isEqualTo(2);
    }
}
