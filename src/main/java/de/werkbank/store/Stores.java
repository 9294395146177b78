package de.werkbank.store;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Opening and setting up stores: whether one exists at a location, opening it (an import a dead
 * process left unfinished undone first, the schema brought up to date) and creating a new one, all or
 * nothing. {@link Store}'s static methods of the same names call these.
 */
final class Stores {

    /** Told when opening a store undid an import that a dead process had left unfinished (in the UI language). */
    private static volatile Consumer<String> notices = message -> { };

    private Stores() {
    }

    static void onNotice(Consumer<String> sink) {
        notices = sink;
    }

    static boolean exists(StoreLocation location) {
        if (location.isEmbeddedH2()) {
            return location.hasDatabaseFile();
        }
        try (Connection c = connect(location)) {
            return Schema.installedVersion(c) > 0;
        } catch (SQLException e) {
            throw Opening.failed(location, e);
        }
    }

    static Store open(StoreLocation location) {
        if (!exists(location)) {
            throw new StoreException("store.missing", location.displayName());
        }
        return connectAndMigrate(location);
    }

    /**
     * Sets up a new store and fills it with {@code initialContent} in one transaction. If setting up the
     * schema or filling it fails, the new database is removed again, so a failed init leaves nothing
     * behind.
     */
    static Store create(StoreLocation location, Consumer<StoreTransaction> initialContent) {
        if (exists(location)) {
            throw new StoreException("store.exists", location.displayName());
        }
        if (location.isShared()) {
            SharedSchema.requireEmpty(location);
        }
        try {
            OwnerOnly.createFolder(location.dir());
        } catch (IOException e) {
            throw new StoreException(e, "store.cannotCreateDir", location.dir(), e.getMessage());
        }
        Store store;
        try {
            store = connectAndMigrate(location);
        } catch (RuntimeException e) {
            removeDatabaseFiles(location);
            throw e;
        }
        try {
            store.transaction(tx -> {
                initialContent.accept(tx);
                tx.log("init", location.displayName());
                return null;
            });
            return store;
        } catch (RuntimeException e) {
            store.close();
            removeDatabaseFiles(location);
            throw e;
        }
    }

    /** A connection to the store's database: the embedded file (see {@link Opening}) or the server. */
    static Connection connect(StoreLocation location) throws SQLException {
        if (location.isEmbeddedH2()) {
            return Opening.embedded(location);
        }
        return DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password());
    }

    private static Store connectAndMigrate(StoreLocation location) {
        if (location.isEmbeddedH2() && location.hasDatabaseFile()) {
            ImportJournal.recoverIfCutOff(location.dir()).ifPresent(r -> notices.accept(
                    de.werkbank.i18n.Messages.tr("store.recovered", r.what(), r.backup(), r.keptAside())));
        }
        Connection c;
        try {
            c = connect(location);
        } catch (SQLException e) {
            throw Opening.failed(location, e);
        }
        try {
            StoreLocation login = location.withStoredPassword();
            if (location.isEmbeddedH2()) {
                OwnerOnly.store(location.dir());
            }
            Schema.bringUpToDate(c, login);
            return new Store(login, c);
        } catch (RuntimeException e) {
            try {
                c.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private static void removeDatabaseFiles(StoreLocation location) {
        if (location.isShared()) {
            SharedSchema.dropTables(location);
            return;
        }
        if (!location.isEmbeddedH2()) {
            return;
        }
        for (String suffix : List.of(".mv.db", ".trace.db", ".lock.db", ".password")) {
            try {
                Files.deleteIfExists(location.dir().resolve(StoreLocation.DATABASE_NAME + suffix));
            } catch (IOException ignored) {
                // best effort: a left-over trace file does not make a store
            }
        }
    }
}
