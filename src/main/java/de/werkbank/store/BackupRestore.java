package de.werkbank.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A backup zip opened for restoring (see ADR 15): its database is extracted to a temporary file in
 * the store's folder and opened as a database of its own, checked (a Werkbank store, not of a newer
 * schema) and brought to this program's schema. {@link #copyInto} then replaces every table of the
 * open store by the backup's rows, inside the caller's one transaction, so the store (and any other
 * process on it) sees the old content or the restored one, never a mix.
 */
final class BackupRestore implements AutoCloseable {

    private static final int ROWS_PER_BATCH = 500;

    private final Path base;
    private final Connection backup;
    private final List<StoreTables.Table> tables;

    private BackupRestore(Path base, Connection backup, List<StoreTables.Table> tables) {
        this.base = base;
        this.backup = backup;
        this.tables = tables;
    }

    /**
     * Opens and checks a backup for restoring into the store on {@code store}.
     *
     * @throws StoreException if the file is no readable Werkbank backup (nothing has changed then)
     */
    static BackupRestore open(StoreLocation location, Connection store, Path zip) {
        String name = zip.getFileName().toString();
        Path base = Backups.folder(location).resolve("restore-" + UUID.randomUUID());
        Path extracted = Path.of(base + ".mv.db");
        extract(zip, name, extracted);
        Connection c = null;
        try {
            StoreLocation temporary = connect(location, base, name);
            c = DriverManager.getConnection(temporary.jdbcUrl(), temporary.user(), temporary.password());
            int version = Schema.installedVersion(c);
            if (version == 0) {
                throw new StoreException("store.restore.notBackup", name);
            }
            if (version > Schema.CURRENT_VERSION) {
                throw new StoreException("store.restore.newerSchema", name, version, Schema.CURRENT_VERSION);
            }
            Schema.bringUpToDate(c, temporary);
            List<StoreTables.Table> tables = StoreTables.inDependencyOrder(store);
            // case apart: a shared store's tables are named in lower case
            List<String> theirs = StoreTables.inDependencyOrder(c).stream()
                    .map(t -> t.name().toLowerCase(java.util.Locale.ROOT)).sorted().toList();
            if (!theirs.equals(tables.stream().map(t -> t.name().toLowerCase(java.util.Locale.ROOT)).sorted().toList())) {
                throw new StoreException("store.restore.notBackup", name);
            }
            return new BackupRestore(base, c, tables);
        } catch (SQLException e) {
            closeQuietly(c, null);
            deleteFiles(base);
            throw new StoreException(e, "store.restore.cannotOpen", name);
        } catch (RuntimeException e) {
            closeQuietly(c, e);
            deleteFiles(base);
            throw e;
        }
    }

    /**
     * Raises the store's identity counters above the backup's highest ids, so rows added after the
     * restore do not collide with restored ones. Run before the transaction; only ever raises them.
     */
    void prepareIdentities(Connection store) {
        for (StoreTables.Table t : tables) {
            if (t.identity() == null) {
                continue;
            }
            long highest = Sql.one(backup, "select coalesce(max(" + q(t.identity()) + "), 0) from " + q(t.name()),
                    rs -> rs.getLong(1)).orElse(0L);
            long next = Sql.one(store, "select identity_base from information_schema.columns where table_schema = "
                            + "'PUBLIC' and table_name = ? and column_name = ?", rs -> rs.getLong(1), t.name(), t.identity())
                    .orElse(Long.MAX_VALUE);
            if (highest >= next) {
                Sql.update(store, "alter table " + q(t.name()) + " alter column " + q(t.identity())
                        + " restart with " + (highest + 1));
            }
        }
    }

    /**
     * Replaces every table's rows of a shared store by the backup's, through the copy between the two
     * kinds of database (row counts compared, identity counters moved past the ids); call inside one
     * transaction of the store.
     */
    void copyIntoShared(Connection store) {
        StoreCopy.copy(backup, store);
    }

    /** Replaces every table's rows by the backup's; call inside one transaction of the store. */
    void copyInto(Connection store) {
        for (StoreTables.Table t : tables) {
            for (String column : t.selfReferences()) {
                Sql.update(store, "update " + q(t.name()) + " set " + q(column) + " = null");
            }
        }
        for (int i = tables.size() - 1; i >= 0; i--) {
            Sql.update(store, "delete from " + q(tables.get(i).name()));
        }
        for (StoreTables.Table t : tables) {
            copy(store, t);
        }
    }

    private void copy(Connection store, StoreTables.Table t) {
        List<String> columns = t.columns();
        String insert = "insert into " + q(t.name()) + " (" + columns.stream().map(BackupRestore::q)
                .collect(Collectors.joining(", ")) + ") values (" + String.join(", ", java.util.Collections.nCopies(
                columns.size(), "?")) + ")";
        List<Object[]> links = new ArrayList<>();
        String select = "select " + columns.stream().map(BackupRestore::q).collect(Collectors.joining(", "))
                + (t.key().isEmpty() ? "" : ", " + t.key().stream().map(BackupRestore::q).collect(Collectors.joining(", ")))
                + " from " + q(t.name()) + " order by _ROWID_";
        try (Statement s = backup.createStatement(); ResultSet rs = s.executeQuery(select);
             PreparedStatement ps = store.prepareStatement(insert)) {
            int pending = 0;
            while (rs.next()) {
                Object[] selfRefs = new Object[t.selfReferences().size() + t.key().size()];
                for (int i = 0; i < columns.size(); i++) {
                    Object value = plain(rs.getObject(i + 1));
                    int self = t.selfReferences().indexOf(columns.get(i));
                    if (self >= 0) {
                        selfRefs[self] = value;
                        value = null;
                    }
                    ps.setObject(i + 1, value);
                }
                if (!t.selfReferences().isEmpty() && Arrays.stream(selfRefs).anyMatch(Objects::nonNull)) {
                    for (int k = 0; k < t.key().size(); k++) {
                        selfRefs[t.selfReferences().size() + k] = rs.getObject(columns.size() + k + 1);
                    }
                    links.add(selfRefs);
                }
                ps.addBatch();
                if (++pending == ROWS_PER_BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw Sql.failed(e);
        }
        if (!links.isEmpty()) {
            String update = "update " + q(t.name()) + " set " + t.selfReferences().stream().map(c -> q(c) + " = ?")
                    .collect(Collectors.joining(", ")) + " where " + t.key().stream().map(c -> q(c) + " = ?")
                    .collect(Collectors.joining(" and "));
            Sql.batch(store, update, links);
        }
    }

    /** A value as the other connection takes it: arrays as Java arrays. */
    private static Object plain(Object value) throws SQLException {
        if (value instanceof java.sql.Array array) {
            return array.getArray();
        }
        if (value instanceof java.sql.Blob blob) {
            return blob.getBytes(1, (int) blob.length());
        }
        if (value instanceof java.sql.Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return value;
    }

    @Override
    public void close() {
        closeQuietly(backup, null);
        deleteFiles(base);
    }

    static String q(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static void extract(Path zip, String name, Path target) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry database = null;
            for (Enumeration<? extends ZipEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                ZipEntry e = entries.nextElement();
                if (!e.isDirectory() && e.getName().equals(StoreLocation.DATABASE_NAME + ".mv.db")) {
                    database = e;
                }
            }
            if (database == null) {
                throw new StoreException("store.restore.notBackup", name);
            }
            Files.createFile(target);
            OwnerOnly.file(target);
            // into the owner-only file just made (Files.copy with REPLACE_EXISTING would make a new one)
            try (InputStream in = file.getInputStream(database);
                 OutputStream out = Files.newOutputStream(target, StandardOpenOption.TRUNCATE_EXISTING,
                         StandardOpenOption.WRITE)) {
                in.transferTo(out);
            }
        } catch (ZipException e) {
            deleteQuietly(target);
            throw new StoreException(e, "store.restore.brokenZip", name, e.getMessage());
        } catch (IOException e) {
            deleteQuietly(target);
            throw new StoreException(e, "store.restore.unreadable", name, e.getMessage());
        }
    }

    /**
     * Finds how to open the extracted database: with the store's URL settings (but for the auto-server: it is this
     * process' alone) and credentials; a backup from before the store had a password opens without one.
     */
    private static StoreLocation connect(StoreLocation location, Path base, String name) {
        String url = tempUrl(location, base);
        SQLException first = null;
        for (String[] login : List.of(new String[] {location.user(), location.password()}, new String[] {"sa", ""})) {
            try (Connection probe = DriverManager.getConnection(url, login[0], login[1])) {
                return new StoreLocation(location.dir(), url, login[0], login[1]);
            } catch (SQLException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        throw new StoreException(first, "store.restore.cannotOpen", name);
    }

    private static String tempUrl(StoreLocation location, Path base) {
        String url = location.jdbcUrl();
        int semicolon = url.indexOf(';');
        String settings = semicolon < 0 ? "" : Arrays.stream(url.substring(semicolon + 1).split(";"))
                .filter(s -> !s.isBlank() && !s.toUpperCase(java.util.Locale.ROOT).startsWith("AUTO_SERVER"))
                .map(s -> ";" + s).collect(Collectors.joining());
        // H2 writes failed statements with their data into a trace file: none for the temporary copy
        String trace = settings.toUpperCase(java.util.Locale.ROOT).contains("TRACE_LEVEL_FILE") ? "" : ";TRACE_LEVEL_FILE=0";
        return "jdbc:h2:file:" + base + settings + trace + ";IFEXISTS=TRUE";
    }

    private static void deleteFiles(Path base) {
        for (String suffix : List.of(".mv.db", ".trace.db", ".lock.db", ".mv.db.tempFile")) {
            deleteQuietly(Path.of(base + suffix));
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file that cannot be deleted holds nothing the store needs
        }
    }

    private static void closeQuietly(Connection c, RuntimeException failure) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }
}
