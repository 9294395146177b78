package de.werkbank.store;

import java.sql.Connection;

/**
 * A number that changes with every change another process can make to a store: the newest entries of
 * the plan's history, the store's log and the Datencheck's and the boundaries' sources, and the
 * catalogue's version. An import compares it with the one its backup holds.
 */
final class StoreStamp {

    private static final String QUERY = "select (select max(id) from history), (select max(id) from store_log),"
            + " (select max(id) from datencheck_source), (select max(id) from boundary_source),"
            + " (select max(version) from catalogue_info)";

    private StoreStamp() {
    }

    static String read(Connection c) {
        return Sql.one(c, QUERY, rs -> rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3) + "/"
                + rs.getLong(4) + "/" + rs.getLong(5)).orElse("");
    }

    /**
     * Inside a writing transaction: waits for any other writer of the catalogue to finish (its row is
     * locked until the end of this transaction), then refuses if the store differs from {@code expected}.
     */
    static void lockAndCheck(Connection c, String expected) {
        Sql.list(c, "select version from catalogue_info for update", rs -> rs.getInt(1));
        if (!read(c).equals(expected)) {
            throw new StoreException("store.changedMeanwhile");
        }
    }
}
