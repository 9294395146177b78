package de.werkbank.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.werkbank.plan.Card;
import de.werkbank.plan.Plan;
import de.werkbank.seed.Seeder;
import de.werkbank.snapshot.SnapshotCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backup} of a shared store on the test PostgreSQL server (see {@link TestStores}): an ordinary
 * Werkbank backup zip in the shared store's backup folder, listed with the others, which puts the state
 * it was taken in back into the shared store (after a backup of the state before) or into a local one.
 */
class SharedBackupTest {

    private static final Function<de.werkbank.content.StoreContent, byte[]> SNAPSHOT =
            content -> SnapshotCodec.encode(content, Instant.EPOCH, "", true);

    @TempDir
    Path dir;

    private StoreLocation shared;

    @BeforeEach
    void sharedStore() {
        StoreLocation onServer = TestStores.freshDatabase();
        // the user's data folder, where a shared store's backups go, is the test's folder
        shared = new StoreLocation(dir.resolve("data"), onServer.jdbcUrl(), onServer.user(), onServer.password());
        Store.create(shared, tx -> Seeder.seed(tx, Seeder.Content.SAMPLE)).close();
    }

    @AfterEach
    void drop() {
        if (shared != null) {
            TestStores.drop(shared);
        }
    }

    private static void archiveFirstCard(Store store) {
        Card card = store.plan().orElseThrow().cards().get(0);
        store.transaction(tx -> {
            tx.plan().setArchived(card.id(), true, card.version());
            return null;
        });
    }

    @Test
    void aBackupOfTheSharedStorePutsItsStateBackIntoTheSharedStoreAndIntoALocalOne() throws Exception {
        Path backup;
        Plan atBackup;
        byte[] snapshotAtBackup;
        try (Store store = Store.open(shared)) {
            atBackup = store.plan().orElseThrow();
            snapshotAtBackup = SNAPSHOT.apply(store.content());
            backup = store.backup(SNAPSHOT);
        }
        assertThat(backup).exists().hasParent(Backups.folder(shared));
        assertThat(Backups.folder(shared)).startsWith(dir.resolve("data").resolve("shared-backups"));
        assertThat(Backups.list(shared)).extracting(Backups.Backup::file).containsExactly(backup);
        assertThat(Backups.list(shared).get(0).what()).isEqualTo("auf Wunsch (Befehl backup)");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        try (var files = Files.list(Backups.folder(shared))) {
            assertThat(files).as("no temporary copy is left").containsExactly(backup);
        }

        try (Store store = Store.open(shared)) {
            archiveFirstCard(store);
            assertThat(store.plan().orElseThrow()).isNotEqualTo(atBackup);
            Path before = store.restoreBackup(backup);
            assertThat(store.plan()).contains(atBackup);
            assertThat(SNAPSHOT.apply(store.content())).isEqualTo(snapshotAtBackup);
            assertThat(Backups.list(shared)).extracting(Backups.Backup::label).containsExactly("before-restore", "manual");
            assertThat(Backups.list(shared).get(0).file()).isEqualTo(before);
            // the identity counters moved past the restored ids: new rows still go in
            archiveFirstCard(store);
        }

        StoreLocation local = StoreLocation.in(dir.resolve("local"));
        try (Store store = Store.create(local, tx -> Seeder.seed(tx, Seeder.Content.EMPTY))) {
            store.restoreBackup(backup);
            assertThat(store.plan()).contains(atBackup);
            assertThat(SNAPSHOT.apply(store.content())).isEqualTo(snapshotAtBackup);
        }
    }

    @Test
    void aFileThatIsNoBackupIsRefusedAndTheSharedStoreStaysAsItWas() throws Exception {
        Path bad = dir.resolve("werkbank-backup-manual-20261202-120000-000.zip");
        Files.writeString(bad, "kein Zip");
        try (Store store = Store.open(shared)) {
            byte[] before = SNAPSHOT.apply(store.content());
            assertThatThrownBy(() -> store.restoreBackup(bad)).isInstanceOf(StoreException.class)
                    .hasMessageContaining(bad.getFileName().toString());
            assertThat(SNAPSHOT.apply(store.content())).isEqualTo(before);
            assertThat(Backups.list(shared)).isEmpty();
        }
    }
}
