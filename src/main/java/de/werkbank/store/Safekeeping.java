package de.werkbank.store;

import de.werkbank.content.StoreContent;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An open store's safekeeping: backups taken now or before an import, imports guarded by a backup
 * (and the journal that puts it back should the process die), restores from a backup. The
 * {@link Store} delegates to it while holding its own lock, so each runs alone on the store's
 * connection.
 */
final class Safekeeping {

    private final Store store;

    Safekeeping(Store store) {
        this.store = store;
    }

    /**
     * Replaces the store's catalogue, registry, plan and history by the content {@code reading} reads,
     * all or nothing, after taking a backup of the store (an embedded one) while another thread reads
     * (a snapshot file decoded and checked). The store's own log notes it. Should reading fail, that
     * backup is deleted, none is pruned, and the store is unchanged. If another process changes the
     * store between the backup and the replacement, nothing is replaced: the backup would not hold
     * that change.
     */
    Optional<Path> replaceContent(Supplier<StoreContent> reading, String what) {
        return guarded("before-import", what, reading, (backup, stamp, content) -> store.transaction(tx -> {
            tx.checkUnchangedSince(stamp);
            // the old content goes while the file may still be read; a file that cannot be read
            // rolls this back with the rest
            tx.content().clear();
            tx.content().fill(content.get());
            tx.log("import", what);
            return backup;
        }));
    }

    /**
     * Work guarded by a backup: it gets the backup, the store's stamp and the input read beside it,
     * which {@code input.get()} waits for (so that the work may begin before the reading ends).
     */
    @FunctionalInterface
    private interface GuardedWork<C, T> {
        T apply(Optional<Path> backup, ChangeStamp stamp, Supplier<C> input);
    }

    /**
     * Runs an import: first a backup of the store (an embedded one), then {@code work}, which must
     * make its change in one transaction. It gets the backup and the store's stamp as the backup holds
     * it, to refuse if the store has changed since ({@link ChangeStamp#lockAndCheck}). Should the
     * process die during the import, the next open puts the backup back ({@link ImportJournal}): the
     * journal notes the import before the work begins, which may be before its input has been read.
     *
     * @param label names the backup, e.g. {@code before-data-import}
     * @param what  what is imported (a file name), for the journal
     */
    <T> T guarded(String label, String what, BiFunction<Optional<Path>, ChangeStamp, T> work) {
        return guarded(label, what, () -> null, (backup, stamp, none) -> work.apply(backup, stamp));
    }

    private <C, T> T guarded(String label, String what, Supplier<C> input, GuardedWork<C, T> work) {
        StoreLocation location = store.location();
        Connection connection = store.connection();
        if (location.isShared()) {
            C read = input.get();
            T result = work.apply(Optional.empty(), store.transaction(StoreTransaction::changeStamp), () -> read);
            store.announceEverything();
            return result;
        }
        if (!location.isEmbeddedH2()) {
            C read = input.get();
            return work.apply(Optional.empty(), ChangeStamp.read(connection), () -> read);
        }
        ReadBeside<C> reading = ReadBeside.start(input);
        int keep;
        ChangeStamp stamp;
        List<Path> taken = new ArrayList<>();
        int attempts = 0;
        try {
            keep = Backups.keep();
            do {
                stamp = ChangeStamp.read(connection);
                taken.add(Backups.write(connection, location, label));
            } while (!ChangeStamp.read(connection).equals(stamp) && ++attempts < 3);
        } catch (RuntimeException e) {
            throw reading.firstFailure(e);
        }
        Path backup = taken.get(taken.size() - 1);
        // a reading that failed: the backup taken for it goes again, and none is pruned for it
        boolean[] readingFailed = {false};
        Supplier<C> read = () -> {
            try {
                return reading.join();
            } catch (RuntimeException e) {
                readingFailed[0] = true;
                throw e;
            }
        };
        // only the process that runs the database engine notes the import (see ImportJournal); the
        // note is there before the work changes anything, and the work may begin before the reading
        // has ended: should the process die meanwhile, the backup holds what the store held
        Optional<EngineAccess> engine = EngineAccess.of(connection);
        boolean journal = engine.isPresent();
        if (journal) {
            ImportJournal.begin(location.dir(), backup, what);
        }
        T result = null;
        RuntimeException failure = null;
        try {
            ChangeStamp held = stamp;
            result = engine.isPresent()
                    ? engine.get().withPagesWrittenBeside(connection, () -> work.apply(Optional.of(backup), held, read))
                    : work.apply(Optional.of(backup), stamp, read);
            // work that did not ask for its input must not leave a failed reading unnoticed
            read.get();
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            if (journal) {
                ImportJournal.end(location.dir());
            }
        }
        // only once the journal no longer names it may the backup of a file that could not be read go
        if (failure != null && readingFailed[0]) {
            Backups.delete(taken);
            throw failure;
        }
        Backups.prune(location, keep, Set.of());
        if (failure != null) {
            throw failure;
        }
        return result;
    }

    /** The newest backup beside an embedded store's database, if any. */
    static Optional<Path> newestBackup(StoreLocation location) {
        return location.isEmbeddedH2() ? Opening.newestBackup(location.dir()) : Optional.empty();
    }

    /**
     * For a store too damaged to open: puts the backup's database in its place (the damaged file is
     * kept aside as {@code werkbank-damaged-DATE.mv.db}) and opens it.
     *
     * @return the file kept aside
     */
    static Path replaceDamagedFile(StoreLocation location, Path backup) {
        try {
            Path aside = ImportJournal.putBack(location.dir(), backup, "damaged");
            OwnerOnly.store(location.dir());
            return aside;
        } catch (IOException e) {
            throw new StoreException(e, "store.recoveryFailed", location.dir(), backup, e.getMessage());
        }
    }

    /**
     * Replaces the whole store (every table) by a backup's content, all or nothing (see ADR 15): the
     * backup is checked first, then the current state is backed up ({@code before-restore}), then one
     * transaction copies the backup's rows in. A backup that cannot be read changes nothing.
     *
     * @return the backup of the state before the restore
     * @throws StoreException for a file that is no Werkbank backup, or one of a newer schema
     */
    Path restoreBackup(Path backup) {
        StoreLocation location = store.location();
        Connection connection = store.connection();
        if (location.isShared()) {
            SharedBackups.folder(location);
            try (BackupRestore restore = BackupRestore.open(location, connection, backup)) {
                Path before = SharedBackups.take(store, "before-restore", null);
                store.transaction(tx -> {
                    restore.copyIntoShared(store.connection());
                    tx.log("restore-backup", backup.getFileName().toString());
                    return null;
                });
                store.announceEverything();
                return before;
            }
        }
        if (!location.isEmbeddedH2()) {
            throw new StoreException("store.backups.notEmbedded", location.displayName());
        }
        try (BackupRestore restore = BackupRestore.open(location, connection, backup)) {
            Path before = Backups.take(connection, location, "before-restore", Set.of(backup));
            restore.prepareIdentities(connection);
            store.transaction(tx -> {
                restore.copyInto(store.connection());
                tx.log("restore-backup", backup.getFileName().toString());
                return null;
            });
            return before;
        }
    }

    /**
     * Takes a backup of the store now ({@code backup}): an embedded store's database zipped beside it;
     * a shared store copied into a temporary embedded one whose database is zipped (see
     * {@link SharedBackups}). Either is restored with {@link Store#restoreBackup}, into either kind of store.
     *
     * @param snapshot for a shared store: compares the copy's snapshot with the store's
     * @return the backup file
     */
    Path backup(Function<StoreContent, byte[]> snapshot) {
        StoreLocation location = store.location();
        Connection connection = store.connection();
        if (location.isShared()) {
            return SharedBackups.take(store, "manual", snapshot);
        }
        if (!location.isEmbeddedH2()) {
            throw new StoreException("store.backups.notEmbedded", location.displayName());
        }
        return Backups.take(connection, location, "manual");
    }

    /** Zips this (temporary, embedded) store as a backup of {@code owner}, openable without a password. */
    Path zipAsBackupOf(StoreLocation owner, String label) {
        StoreLocation location = store.location();
        Connection connection = store.connection();
        Sql.update(connection, "alter user " + location.user() + " set password ''");
        return Backups.take(connection, owner, label);
    }
}
