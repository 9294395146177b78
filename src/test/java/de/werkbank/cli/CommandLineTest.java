package de.werkbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import org.junit.jupiter.api.Test;

class CommandLineTest extends CliTest {

    @Test
    void initCreatesASeededStoreAndStatusShowsIt() {
        assertThat(outcome("--store", dir.toString(), "init")).isEqualTo(new Outcome.Exit(0));
        assertThat(out()).contains("100 Werkzeuge", "9 Karten");

        assertThat(outcome("--store", dir.toString(), "status")).isEqualTo(new Outcome.Exit(0));
        assertThat(out()).contains("Werkzeugkatalog: 100 Werkzeuge in 5 Handlungsfeldern", "In Planung:",
                "Bürgerbus Nideggen–Heimbach");
        assertThat(err()).isEmpty();
    }

    @Test
    void initEmptyCreatesTheHandlungsfelderAndOfficesOnly() {
        assertThat(outcome("--store", dir.toString(), "init", "--empty")).isEqualTo(new Outcome.Exit(0));
        assertThat(outcome("--store", dir.toString(), "status")).isEqualTo(new Outcome.Exit(0));
        assertThat(out()).contains("0 Werkzeuge in 5 Handlungsfeldern", "Werkstattplan: noch keiner");
    }

    @Test
    void initOnAnExistingStoreRefusesWithExitOne() {
        outcome("--store", dir.toString(), "init");
        assertThat(outcome("--store", dir.toString(), "init", "--empty")).isEqualTo(new Outcome.Exit(1));
        assertThat(err()).contains("bereits", "unverändert");
        try (Store store = Store.open(StoreLocation.in(dir))) {
            assertThat(store.catalogue().werkzeuge()).hasSize(100);
        }
    }

    @Test
    void aCommandOnAFolderWithoutStoreFailsAndNamesInit() {
        assertThat(outcome("--store", dir.resolve("none").toString(), "status")).isEqualTo(new Outcome.Exit(1));
        assertThat(err()).startsWith("Fehler:").contains("init");
    }

    @Test
    void unknownOptionsAndCommandsPrintUsageWithExitTwo() {
        assertThat(outcome("--colour")).isEqualTo(new Outcome.Exit(2));
        assertThat(err()).contains("Unbekannte Option: --colour", "Aufruf:");
        assertThat(outcome("frobnicate")).isEqualTo(new Outcome.Exit(2));
        assertThat(err()).contains("Unbekannter Befehl: frobnicate");
        assertThat(outcome("--store")).isEqualTo(new Outcome.Exit(2));
        assertThat(outcome("--store", dir.toString(), "init", "--full")).isEqualTo(new Outcome.Exit(2));
    }

    @Test
    void helpAndVersionExitZero() {
        assertThat(outcome("--help")).isEqualTo(new Outcome.Exit(0));
        assertThat(out()).contains("--store", "init [--empty]", "import-data DATEI.csv [--mapping ");
        for (String command : CommandLine.commandNames()) {
            assertThat(out()).as("the help names %s", command).contains("  " + command + " ");
        }
        assertThat(outcome("--version")).isEqualTo(new Outcome.Exit(0));
        assertThat(out()).startsWith("Werkbank ").doesNotContain("${");
    }

    @Test
    void withoutACommandTheWindowOpensOnTheStore() {
        assertThat(outcome("--store", dir.toString())).isEqualTo(new Outcome.OpenWindow(StoreLocation.in(dir)));
    }
}
