package de.werkbank.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

/**
 * The one connection a store's transactions run on, one at a time (the store synchronises). A shared
 * store's connection may be lost (the network, the server restarted): the transaction that found out
 * fails with {@code store.shared.lost}, and the next one connects anew.
 */
final class StoreConnection {

    private final StoreLocation location;
    private Connection connection;
    /** A shared store's connection that was lost: the next transaction connects anew. */
    private volatile boolean lost;

    StoreConnection(StoreLocation location, Connection connection) {
        this.location = location;
        this.connection = connection;
    }

    Connection current() {
        return connection;
    }

    void markLost() {
        lost = true;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    <T> T transaction(Function<StoreTransaction, T> work) {
        if (lost) {
            reconnect();
        }
        try {
            return run(work);
        } catch (RuntimeException e) {
            if (location.isShared() && lost(e)) {
                lost = true;
                throw new StoreException(e, "store.shared.lost", String.valueOf(e.getMessage()));
            }
            throw e;
        }
    }

    /** Whether a failure says that a shared store's server is gone: SQL states of class 08 and 57P0x. */
    static boolean lost(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            if (t instanceof StoreException se && "store.shared.lost".equals(se.key())) {
                return true;
            }
        }
        return false;
    }

    void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw Sql.failed(e);
        }
    }

    private void reconnect() {
        try {
            Connection fresh = Stores.connect(location);
            try {
                connection.close();
            } catch (SQLException ignored) {
                // it is gone
            }
            connection = fresh;
            lost = false;
        } catch (SQLException e) {
            throw new StoreException(e, "store.shared.lost", e.getMessage());
        }
    }

    private <T> T run(Function<StoreTransaction, T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(new StoreTransaction(connection, location));
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw Sql.failed(e);
        }
    }
}
