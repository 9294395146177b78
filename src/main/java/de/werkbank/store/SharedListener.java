package de.werkbank.store;

import de.werkbank.plan.PlanChange;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens for the other clients' changes of a shared store on a connection of its own (never the
 * store's: a long wait for notifications must not hold up a write, and a write must not delay them),
 * on a daemon thread. Each colleague's change goes to {@code changes} as what it touched; empty means
 * "read everything again" (a change too large to name, and the first thing after a reconnect). When
 * the connection is lost, {@code status} hears {@code false}; the listener reconnects by itself with
 * a growing pause (0.5 s doubling up to 30 s) and says {@code true} when it is back.
 */
public final class SharedListener implements AutoCloseable {

    private static final int WAIT_MILLIS = 250;
    private static final long FIRST_PAUSE = 500;
    private static final long LONGEST_PAUSE = 30_000;
    /** Every this many waits (5 s) the connection is asked whether it still answers (a cable pulled). */
    private static final int CHECK_EVERY = 20;

    private final StoreLocation location;
    private final String self;
    private final Consumer<Optional<PlanChange>> changes;
    private final Consumer<Boolean> status;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Connection connection;

    SharedListener(StoreLocation location, String self, Consumer<Optional<PlanChange>> changes, Consumer<Boolean> status) {
        this.location = location;
        this.self = self;
        this.changes = changes;
        this.status = status;
        this.thread = new Thread(this::run, "werkbank-shared-listener");
        thread.setDaemon(true);
    }

    void start() throws SQLException {
        connection = listen();
        thread.start();
    }

    private Connection listen() throws SQLException {
        Connection c = DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password());
        try (Statement s = c.createStatement()) {
            s.execute("listen " + ChangeNotice.CHANNEL);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private void run() {
        long pause = FIRST_PAUSE;
        long waits = 0;
        while (running) {
            try {
                if (connection == null) {
                    connection = listen();
                    pause = FIRST_PAUSE;
                    status.accept(true);
                    changes.accept(Optional.empty());
                }
                if (++waits % CHECK_EVERY == 0 && !connection.isValid(2)) {
                    throw new SQLException("the shared store does not answer", "08006");
                }
                PGNotification[] notes = connection.unwrap(PGConnection.class).getNotifications(WAIT_MILLIS);
                if (notes != null) {
                    for (PGNotification n : notes) {
                        if (!ChangeNotice.sender(n.getParameter()).equals(self)) {
                            changes.accept(ChangeNotice.decode(n.getParameter()));
                        }
                    }
                }
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                boolean wasConnected = connection != null;
                closeQuietly();
                if (wasConnected) {
                    status.accept(false);
                }
                sleep(pause);
                pause = Math.min(pause * 2, LONGEST_PAUSE);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(SharedListener.class).error("A colleague's change could not be shown", e);
            }
        }
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            running = false;
            Thread.currentThread().interrupt();
        }
    }

    private void closeQuietly() {
        Connection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // gone already
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        closeQuietly();
    }
}
