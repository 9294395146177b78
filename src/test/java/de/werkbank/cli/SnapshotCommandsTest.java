package de.werkbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** export-snapshot, import-snapshot and diff-snapshot as a user types them. */
class SnapshotCommandsTest extends CliTest {

    @Test
    void exportImportIntoAnEmptyStoreAndCompare() throws Exception {
        String sample = dir.resolve("sample").toString();
        String empty = dir.resolve("empty").toString();
        Path file = dir.resolve("plan.json");
        assertThat(run("--store", sample, "init")).isZero();
        assertThat(run("--store", sample, "export-snapshot", file.toString())).isZero();
        assertThat(out()).contains("Snapshot geschrieben");
        assertThat(Files.readString(file)).contains("\"format\" : \"werkbank-snapshot\"");

        assertThat(run("--store", empty, "init", "--empty")).isZero();
        assertThat(run("--store", empty, "import-snapshot", file.toString())).isZero();
        assertThat(out()).contains("9 Karten");

        assertThat(run("--store", empty, "diff-snapshot", file.toString())).isZero();
        assertThat(out()).contains("Keine Unterschiede");
        assertThat(run("--store", empty, "diff-snapshot", file.toString(), "--json")).isZero();
        assertThat(out().strip()).isEqualTo("[ ]");
    }

    @Test
    void aStoreWithAPlanNeedsReplaceAndABadFileFailsWithItsReason() throws Exception {
        String sample = dir.resolve("sample").toString();
        Path file = dir.resolve("plan.json");
        assertThat(run("--store", sample, "init")).isZero();
        assertThat(run("--store", sample, "export-snapshot", file.toString(), "--no-personal-data")).isZero();
        assertThat(Files.readString(file)).doesNotContain("Julia Hoffmann");

        assertThat(run("--store", sample, "import-snapshot", file.toString())).isEqualTo(1);
        assertThat(err()).contains("--replace");
        assertThat(run("--store", sample, "import-snapshot", file.toString(), "--replace")).isZero();
        assertThat(out()).contains("Sicherung");

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"werkbank-snapshot\", ", StandardCharsets.UTF_8);
        assertThat(run("--store", sample, "import-snapshot", broken.toString(), "--replace")).isEqualTo(1);
        assertThat(err()).contains("kein gültiges JSON", "Zeile 1");
    }

    @Test
    void badUsageExitsWithTwo() {
        assertThat(run("--store", dir.toString(), "export-snapshot")).isEqualTo(2);
        assertThat(err()).contains("fehlt ein Argument");
        assertThat(run("--store", dir.toString(), "import-snapshot", "a.json", "--force")).isEqualTo(2);
        assertThat(run("--store", dir.toString(), "diff-snapshot", "a.json", "b.json", "c.json")).isEqualTo(2);
    }
}
