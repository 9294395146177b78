package de.werkbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.store.StoreLocation;
import de.werkbank.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The command line on a shared store (PostgreSQL, see {@link TestStores}), and copy-store both ways. */
class SharedStoreCliTest extends CliTest {

    private StoreLocation shared;

    @AfterEach
    void drop() {
        if (shared != null) {
            TestStores.drop(shared);
        }
    }

    @Test
    void initStatusAndExportWorkOnASharedStore() {
        shared = TestStores.freshDatabase();
        String url = shared.displayName();
        assertThat(run("--store", url, "init")).isEqualTo(0);
        assertThat(out()).contains(url, "100 Werkzeuge", "9 Karten");
        assertThat(run("--store", url, "status")).isEqualTo(0);
        assertThat(out()).contains("Speicherort: " + url, "Werkzeugkatalog: 100 Werkzeuge in 5 Handlungsfeldern");
        assertThat(run("--store", url, "export-snapshot", dir.resolve("plan.json").toString())).isEqualTo(0);
        assertThat(run("--store", url, "init")).isEqualTo(1);
        assertThat(err()).contains("bereits");
    }

    @Test
    void aLocalStoreIsCopiedToTheSharedOneAndBackWithTheSamePlan() {
        shared = TestStores.freshDatabase();
        String url = shared.displayName();
        String local = dir.resolve("local").toString();
        String back = dir.resolve("back").toString();
        assertThat(run("--store", local, "init")).isEqualTo(0);
        assertThat(run("--store", local, "export-snapshot", dir.resolve("local.json").toString())).isEqualTo(0);

        assertThat(run("--store", local, "copy-store", "--to", url)).isEqualTo(0);
        assertThat(out()).contains("Kopiert: ", url, "die Snapshots stimmen überein");
        assertThat(run("--store", back, "copy-store", "--from", url)).isEqualTo(0);

        assertThat(run("--store", url, "diff-snapshot", dir.resolve("local.json").toString())).isEqualTo(0);
        assertThat(out()).contains("Keine Unterschiede");
        assertThat(run("--store", back, "diff-snapshot", dir.resolve("local.json").toString())).isEqualTo(0);
        assertThat(out()).contains("Keine Unterschiede");

        assertThat(run("--store", local, "copy-store", "--to", url)).isEqualTo(1);
        assertThat(err()).contains("bereits", "unverändert");
    }

    @Test
    void copyStoreNeedsExactlyOneDirectionAndAPasswordIsNeverPartOfTheAddress() {
        assertThat(run("--store", dir.toString(), "copy-store")).isEqualTo(2);
        assertThat(err()).contains("--to", "--from");
        assertThat(run("--store", "postgresql://db.example/werkbank?user=anna&password=geheim", "status")).isEqualTo(1);
        assertThat(err()).contains("Passwort gehört nicht in die Adresse").doesNotContain("geheim");
        assertThat(run("--store", "postgresql://db.example", "status")).isEqualTo(1);
        assertThat(err()).contains("keine Adresse eines gemeinsamen Speichers");
    }
}
