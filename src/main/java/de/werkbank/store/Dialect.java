package de.werkbank.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The two databases a store can live in, and the few statements they write differently (ADR 24):
 * everything else is SQL both understand. The migrations differ only where their folders say so
 * ({@code db/h2}, {@code db/postgresql} beside the shared {@code db/migration}).
 */
enum Dialect {
    H2("h2"),
    POSTGRESQL("postgresql");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** The dialect of a JDBC URL. */
    static Dialect ofUrl(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql:") ? POSTGRESQL : H2;
    }

    /** The dialect of an open connection (no round trip to the database). */
    static Dialect of(Connection c) {
        try {
            return c.isWrapperFor(org.postgresql.PGConnection.class) ? POSTGRESQL : H2;
        } catch (SQLException e) {
            return H2;
        }
    }

    /** The Flyway location of this database's own migrations (those whose SQL differs). */
    String migrations() {
        return "classpath:db/" + folder;
    }

    /** {@code insert … values (…)} of one row, as a query returning the new row's {@code id}. */
    String insertReturningId(String insertValues) {
        return this == H2 ? "select id from final table (" + insertValues + ")" : insertValues + " returning id";
    }

    /**
     * An insert of one row that replaces the row with the same {@code key} columns: {@code columns}
     * are the table's columns as bound, in order.
     */
    String upsert(String table, String columns, String key) {
        String params = String.join(", ", java.util.Collections.nCopies(columns.split(",").length, "?"));
        if (this == H2) {
            return "merge into " + table + " (" + columns + ") key (" + key + ") values (" + params + ")";
        }
        java.util.Set<String> keys = java.util.Set.of(key.replace(" ", "").split(","));
        String set = java.util.Arrays.stream(columns.replace(" ", "").split(","))
                .filter(col -> !keys.contains(col)).map(col -> col + " = excluded." + col)
                .collect(java.util.stream.Collectors.joining(", "));
        return "insert into " + table + " (" + columns + ") values (" + params + ") on conflict (" + key
                + ") do update set " + set;
    }
}
