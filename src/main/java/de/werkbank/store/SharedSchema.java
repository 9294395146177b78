package de.werkbank.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * A shared store's tables as a whole: a new store is only set up in a database without tables of its
 * own (so nothing of someone else's is touched), and a setup that failed half-way takes its tables away
 * again, leaving the database as empty as it was.
 */
final class SharedSchema {

    private SharedSchema() {
    }

    /** Refuses a database that holds any table in its public schema. */
    static void requireEmpty(StoreLocation location) {
        try (Connection c = DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password())) {
            List<String> tables = tables(c);
            if (!tables.isEmpty()) {
                throw new StoreException("store.shared.notEmpty", location.displayName(),
                        String.join(", ", tables.subList(0, Math.min(5, tables.size()))));
            }
        } catch (SQLException e) {
            throw Opening.failed(location, e);
        }
    }

    /** Drops every table of the public schema: only after {@link #requireEmpty} found none before. */
    static void dropTables(StoreLocation location) {
        try (Connection c = DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password())) {
            for (String table : tables(c)) {
                Sql.update(c, "drop table if exists \"" + table.replace("\"", "\"\"") + "\" cascade");
            }
        } catch (SQLException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(SharedSchema.class).warn("Could not remove the tables of a failed setup", e);
        }
    }

    private static List<String> tables(Connection c) {
        return Sql.list(c, "select table_name from information_schema.tables where table_schema = 'public' "
                + "and table_type = 'BASE TABLE' order by table_name", rs -> rs.getString(1));
    }
}
