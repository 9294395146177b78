package de.werkbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store whose file is damaged is said to be so, with its newest backup, and comes back from it. */
class DamagedStoreTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aDamagedStoreNamesItsNewestBackupAndRestoreBackupBringsItBack() throws Exception {
        String store = dir.resolve("store").toString();
        Path snapshot = dir.resolve("plan.json");
        assertThat(run("--store", store, "init")).isZero();
        assertThat(run("--store", store, "export-snapshot", snapshot.toString())).isZero();
        assertThat(run("--store", store, "import-snapshot", snapshot.toString(), "--replace")).isZero();
        try (RandomAccessFile file = new RandomAccessFile(dir.resolve("store/werkbank.mv.db").toFile(), "rw")) {
            file.write(new byte[8192]);
        }

        assertThat(run("--store", store, "status")).isEqualTo(1);
        String backup;
        try (Stream<Path> files = Files.list(dir.resolve("store"))) {
            backup = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("werkbank-backup-"))
                    .findFirst().orElseThrow();
        }
        assertThat(err()).contains("beschädigt", backup, "restore-backup").doesNotContain("Exception");

        assertThat(run("--store", store, "restore-backup", backup)).isZero();
        assertThat(out()).contains("9 Karten");
        try (Stream<Path> files = Files.list(dir.resolve("store"))) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("werkbank-damaged-"));
        }
        assertThat(run("--store", store, "status")).isZero();
        assertThat(out()).contains("9 Karten");
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        Outcome outcome = CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return ((Outcome.Exit) outcome).code();
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
