package de.werkbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Outcome run(String... args) {
        out.reset();
        err.reset();
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void initCreatesASeededStoreAndStatusShowsIt() {
        assertThat(run("--store", dir.toString(), "init")).isEqualTo(new Outcome.Exit(0));
        assertThat(out()).contains("100 Werkzeuge", "9 Karten");

        assertThat(run("--store", dir.toString(), "status")).isEqualTo(new Outcome.Exit(0));
        assertThat(out()).contains("Werkzeugkatalog: 100 Werkzeuge in 5 Handlungsfeldern", "In Planung:",
                "Bürgerbus Nideggen–Heimbach");
        assertThat(err()).isEmpty();
    }

    @Test
    void initEmptyCreatesTheHandlungsfelderOnly() {
        assertThat(run("--store", dir.toString(), "init", "--empty")).isEqualTo(new Outcome.Exit(0));
        assertThat(run("--store", dir.toString(), "status")).isEqualTo(new Outcome.Exit(0));
        assertThat(out()).contains("0 Werkzeuge in 5 Handlungsfeldern", "Werkstattplan: noch keiner");
    }

    @Test
    void initOnAnExistingStoreRefusesWithExitOne() {
        run("--store", dir.toString(), "init");
        assertThat(run("--store", dir.toString(), "init", "--empty")).isEqualTo(new Outcome.Exit(1));
        assertThat(err()).contains("bereits", "unverändert");
        try (Store store = Store.open(StoreLocation.in(dir))) {
            assertThat(store.catalogue().werkzeuge()).hasSize(100);
        }
    }

    @Test
    void aCommandOnAFolderWithoutStoreFailsAndNamesInit() {
        assertThat(run("--store", dir.resolve("none").toString(), "status")).isEqualTo(new Outcome.Exit(1));
        assertThat(err()).startsWith("Fehler:").contains("init");
    }

    @Test
    void unknownOptionsAndCommandsPrintUsageWithExitTwo() {
        assertThat(run("--colour")).isEqualTo(new Outcome.Exit(2));
        assertThat(err()).contains("Unbekannte Option: --colour", "Aufruf:");
        assertThat(run("frobnicate")).isEqualTo(new Outcome.Exit(2));
        assertThat(err()).contains("Unbekannter Befehl: frobnicate");
        assertThat(run("--store")).isEqualTo(new Outcome.Exit(2));
        assertThat(run("--store", dir.toString(), "init", "--full")).isEqualTo(new Outcome.Exit(2));
    }

    @Test
    void helpAndVersionExitZero() {
        assertThat(run("--help")).isEqualTo(new Outcome.Exit(0));
        assertThat(out()).contains("--store", "init [--empty]");
        assertThat(run("--version")).isEqualTo(new Outcome.Exit(0));
        assertThat(out()).startsWith("Werkbank ").doesNotContain("${");
    }

    @Test
    void withoutACommandTheWindowOpensOnTheStore() {
        assertThat(run("--store", dir.toString())).isEqualTo(new Outcome.OpenWindow(StoreLocation.in(dir)));
    }
}
