package de.werkbank.store;

import java.sql.Connection;

/**
 * How far the store's content has come, read in one cheap query: the catalogue's version and the
 * highest ids of the tables every kind of change adds a row to — the plan's history (plan, sheets,
 * workshop), the undo steps (undo and redo), the store's own log (snapshot imports, seeding), the
 * Datencheck's data sets and the boundary sets. Two stamps differ when anything was changed in
 * between, by this process or another one (ADR 3: a command while the window is open).
 */
public record ChangeStamp(int catalogueVersion, long history, long undoSteps, long storeLog, long dataSources,
                          long boundarySources) {

    static ChangeStamp read(Connection c) {
        return Sql.one(c, "select (select max(version) from catalogue_info), "
                        + "(select coalesce(max(id), 0) from history), (select coalesce(max(id), 0) from undo_step), "
                        + "(select coalesce(max(id), 0) from store_log), "
                        + "(select coalesce(max(id), 0) from datencheck_source), "
                        + "(select coalesce(max(id), 0) from boundary_source)",
                rs -> new ChangeStamp(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6))).orElseThrow();
    }

    /**
     * Inside a writing transaction: waits for any other writer of the catalogue to finish (its row stays
     * locked until this transaction ends), then refuses if the store is no longer as {@code expected}
     * (an import's backup holds it so; what came since would be lost unreported).
     */
    static void lockAndCheck(Connection c, ChangeStamp expected) {
        Sql.list(c, "select version from catalogue_info for update", rs -> rs.getInt(1));
        if (!read(c).equals(expected)) {
            throw new StoreException("store.changedMeanwhile");
        }
    }
}
