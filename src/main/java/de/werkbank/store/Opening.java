package de.werkbank.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Opens an embedded store's database: with the store's own password (an old store without one gets
 * it now), waiting briefly while another process is opening the same file, and telling a damaged
 * file from other failures.
 */
final class Opening {

    private static final String USER = "sa";
    /** H2's "wrong user name or password". */
    private static final int WRONG_PASSWORD = 28000;
    /** H2's "database may be already in use" (another process is just opening or closing it). */
    private static final int ALREADY_OPEN = 90020;
    /** H2's "file corrupted". */
    private static final int FILE_CORRUPTED = 90030;
    /** MVStore's own codes for a corrupt file (6) and a missing chunk (9), as H2 appends them. */
    private static final Pattern MVSTORE_DAMAGE = Pattern.compile("\\[\\d+\\.\\d+\\.\\d+/(6|9)]");
    private static final long WAIT_MILLIS = 10_000;

    private Opening() {
    }

    static Connection embedded(StoreLocation location) throws SQLException {
        Path dir = location.dir();
        String password = StorePassword.read(dir);
        if (password != null) {
            try {
                return connect(location, password);
            } catch (SQLException e) {
                if (e.getErrorCode() != WRONG_PASSWORD) {
                    throw e;
                }
                // the file was written, but the process stopped before the database took it
                Connection c = connect(location, "");
                setPassword(c, password);
                return c;
            }
        }
        if (!location.hasDatabaseFile()) {
            return connect(location, StorePassword.create(dir));
        }
        // a store made before stores had passwords: give it one now
        Connection c = connect(location, "");
        try {
            setPassword(c, StorePassword.create(dir));
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private static Connection connect(StoreLocation location, String password) throws SQLException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        for (long pause = 50; ; pause = Math.min(pause * 2, 500)) {
            try {
                return DriverManager.getConnection(location.jdbcUrl(), USER, password);
            } catch (SQLException e) {
                if (!busy(e) || System.currentTimeMillis() + pause > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted", e);
            }
        }
    }

    /** Another process is opening or closing the file this moment; it is free again soon. */
    private static boolean busy(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return e.getErrorCode() == ALREADY_OPEN || message.contains("Lock file recently modified")
                || message.contains("Concurrent update") && message.contains("lock");
    }

    private static void setPassword(Connection c, String password) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("ALTER USER " + USER + " SET PASSWORD '" + password.replace("'", "''") + "'");
        }
    }

    /** The failure to open, in the UI language: a damaged file is said so plainly, with the newest backup. */
    static StoreException failed(StoreLocation location, SQLException e) {
        if (location.isEmbeddedH2() && damaged(e)) {
            Optional<Path> backup = newestBackup(location.dir());
            return backup.isPresent()
                    ? new StoreException(e, "store.damaged", location.displayName(), backup.get())
                    : new StoreException(e, "store.damagedNoBackup", location.displayName());
        }
        if (location.isShared() && (e.getSQLState() != null && e.getSQLState().startsWith("28")
                || String.valueOf(e.getMessage()).contains("no password was provided")
                || String.valueOf(e.getMessage()).contains("the password is an empty string"))) {
            return new StoreException(e, "store.shared.loginFailed", location.displayName(), location.user(),
                    e.getMessage());
        }
        if (e.getErrorCode() == WRONG_PASSWORD) {
            return new StoreException(e, "store.wrongPassword", location.displayName(),
                    StorePassword.file(location.dir()));
        }
        return new StoreException(e, "store.cannotOpen", location.displayName(), e.getMessage());
    }

    static boolean damaged(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof SQLException sql && sql.getErrorCode() == FILE_CORRUPTED
                    || MVSTORE_DAMAGE.matcher(message).find() || message.contains("File corrupted")) {
                return true;
            }
        }
        return false;
    }

    /** The newest backup zip beside the database, if any. */
    static Optional<Path> newestBackup(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(StoreLocation.DATABASE_NAME + "-backup-"))
                    .filter(f -> f.getFileName().toString().endsWith(".zip"))
                    .max(Comparator.comparing(f -> f.getFileName().toString().replaceAll(".*-(\\d{8}-\\d{6}(-\\d{3})?)\\.zip$", "$1")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
