package de.werkbank.store;

import de.werkbank.content.StoreContent;
import java.util.function.Function;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Copies every table of one store into another of the same schema, H2 to PostgreSQL or back
 * ({@code copy-store}, ADR 24): rows with their ids, in dependency order, references of a table to
 * itself set once all its rows are in, the identity counters moved past the copied ids. The source is
 * read in one snapshot (repeatable read), the target written in the caller's one transaction, and the
 * row counts of every table are compared before it commits.
 */
final class StoreCopy {

    private static final int ROWS_PER_BATCH = 500;

    private StoreCopy() {
    }

    /** Copies {@code from}'s rows into the tables of a new store {@code to}; returns the rows per table. */
    static Map<String, Long> copy(Connection from, Connection to) {
        List<StoreTables.Table> tables = StoreTables.inDependencyOrder(from);
        // a new schema holds the rows its migrations put in (the catalogue's version)
        for (int i = tables.size() - 1; i >= 0; i--) {
            Sql.update(to, "delete from " + name(tables.get(i)));
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (StoreTables.Table t : tables) {
            counts.put(name(t), copy(from, to, t));
        }
        Dialect target = Dialect.of(to);
        for (StoreTables.Table t : tables) {
            if (t.identity() != null) {
                restartIdentity(to, target, name(t), t.identity().toLowerCase(Locale.ROOT));
            }
        }
        Map<String, Long> copied = counts(to, tables);
        if (!copied.equals(counts)) {
            throw new StoreException("store.copy.mismatch", counts, copied);
        }
        return counts;
    }

    /** The number of rows of every table of the store. */
    static Map<String, Long> counts(Connection c) {
        return counts(c, StoreTables.inDependencyOrder(c));
    }

    private static Map<String, Long> counts(Connection c, List<StoreTables.Table> tables) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (StoreTables.Table t : tables) {
            counts.put(name(t), Sql.one(c, "select count(*) from " + name(t), rs -> rs.getLong(1)).orElse(0L));
        }
        return counts;
    }

    private static String name(StoreTables.Table t) {
        return t.name().toLowerCase(Locale.ROOT);
    }

    private static long copy(Connection from, Connection to, StoreTables.Table t) {
        List<String> columns = t.columns().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        List<String> self = t.selfReferences().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        List<String> key = t.key().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        String table = name(t);
        String insert = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        String select = "select " + String.join(", ", columns) + " from " + table
                + (key.isEmpty() ? "" : " order by " + String.join(", ", key));
        List<Object[]> links = new ArrayList<>();
        long rows = 0;
        try (Statement s = from.createStatement(); ResultSet rs = s.executeQuery(select);
             PreparedStatement ps = to.prepareStatement(insert)) {
            ResultSetMetaData meta = rs.getMetaData();
            int pending = 0;
            while (rs.next()) {
                Object[] link = new Object[self.size() + key.size()];
                boolean linked = false;
                for (int i = 0; i < columns.size(); i++) {
                    Object value = value(rs, meta, i + 1, to);
                    int at = self.indexOf(columns.get(i));
                    if (at >= 0) {
                        link[at] = value;
                        linked |= value != null;
                        value = null;
                    }
                    int k = key.indexOf(columns.get(i));
                    if (k >= 0) {
                        link[self.size() + k] = value;
                    }
                    ps.setObject(i + 1, value);
                }
                if (linked) {
                    links.add(link);
                }
                ps.addBatch();
                rows++;
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
            String set = self.stream().map(c -> c + " = coalesce(?, " + c + ")").collect(Collectors.joining(", "));
            String where = key.stream().map(c -> c + " = ?").collect(Collectors.joining(" and "));
            Sql.batch(to, "update " + table + " set " + set + " where " + where, links);
        }
        return rows;
    }

    /** A value as the other database takes it (arrays, timestamps and dates are read as such). */
    private static Object value(ResultSet rs, ResultSetMetaData meta, int i, Connection to) throws SQLException {
        String type = meta.getColumnTypeName(i).toLowerCase(Locale.ROOT);
        int sqlType = meta.getColumnType(i);
        if (type.equals("uuid")) {
            return rs.getObject(i, java.util.UUID.class);
        }
        if (sqlType == Types.ARRAY || type.startsWith("_") || type.endsWith("array")) {
            java.sql.Array array = rs.getArray(i);
            return array == null ? null : to.createArrayOf("varchar", (Object[]) array.getArray());
        }
        if (sqlType == Types.TIMESTAMP_WITH_TIMEZONE || type.equals("timestamptz") || type.contains("with time zone")) {
            return rs.getObject(i, OffsetDateTime.class);
        }
        if (sqlType == Types.DATE) {
            return rs.getObject(i, LocalDate.class);
        }
        if (sqlType == Types.BINARY || sqlType == Types.VARBINARY || sqlType == Types.LONGVARBINARY) {
            return rs.getBytes(i);
        }
        return rs.getObject(i);
    }

    private static void restartIdentity(Connection c, Dialect dialect, String table, String column) {
        long next = Sql.one(c, "select coalesce(max(" + column + "), 0) + 1 from " + table, rs -> rs.getLong(1))
                .orElse(1L);
        if (dialect == Dialect.POSTGRESQL) {
            Sql.one(c, "select setval(pg_get_serial_sequence(?, ?), ?, false)", rs -> rs.getLong(1), table, column, next);
        } else {
            Sql.update(c, "alter table " + table + " alter column " + column + " restart with " + next);
        }
    }

    /**
     * Copies every table of {@code source} into the store {@code target} is a transaction of, in one
     * snapshot of the source (a colleague's change during the copy is either all in or not), and
     * compares both stores' content as {@code snapshot} writes it (unless null).
     */
    static void copyInto(Store source, StoreTransaction target, Function<StoreContent, byte[]> snapshot) {
        synchronized (source) {
            Connection connection = source.connection();
            try {
                int isolation = connection.getTransactionIsolation();
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                try {
                    source.transaction(tx -> {
                        copy(connection, target.connection());
                        if (snapshot != null && !java.util.Arrays.equals(snapshot.apply(tx.content().read()),
                                snapshot.apply(target.content().read()))) {
                            throw new StoreException("store.copy.snapshotDiffers", source.location().displayName(),
                                    target.location().displayName());
                        }
                        return null;
                    });
                } finally {
                    connection.setTransactionIsolation(isolation);
                }
            } catch (SQLException e) {
                throw Sql.failed(e);
            }
        }
    }
}
