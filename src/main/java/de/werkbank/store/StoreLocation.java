package de.werkbank.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a store lives: a folder for its files (database, backups) and the JDBC URL of its database.
 * By default an embedded H2 file database {@code werkbank.mv.db} in the folder; a team can point the
 * URL elsewhere with {@code -Dwerkbank.jdbcUrl} or the environment variable {@code WERKBANK_JDBC_URL}.
 */
public record StoreLocation(Path dir, String jdbcUrl, String user, String password) {

    static final String DATABASE_NAME = "werkbank";

    public StoreLocation {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    }

    /** The store in {@code dir}, with the database URL from the settings or the embedded default. */
    public static StoreLocation in(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        String configured = setting("werkbank.jdbcUrl", "WERKBANK_JDBC_URL");
        if (configured != null) {
            return new StoreLocation(absolute, configured, setting("werkbank.jdbcUser", "WERKBANK_JDBC_USER"),
                    setting("werkbank.jdbcPassword", "WERKBANK_JDBC_PASSWORD"));
        }
        // AUTO_SERVER: a second process (a command while the window is open) reaches the same database
        // through a server the first one starts on demand, on the loopback address only (see
        // Store.LOOPBACK) and with the store's own password (ADR 3 and 9). WRITE_DELAY=0: a commit is
        // in the file when it returns, so a killed process loses nothing it showed as done (ADR 9).
        // LOCK_TIMEOUT: a second writer waits for the first's transaction instead of failing at once.
        // TRACE_LEVEL_FILE=4: H2 logs through SLF4J into the owner-only log file (warnings only, ADR 13),
        // never into a werkbank.trace.db that anyone could read. The query
        // cache holds every statement of a move (H2 keeps 8 by default and parses the rest again); the
        // page cache (64 MB, not 16) holds a large plan whole, so an import of one does not thrash it.
        String url = "jdbc:h2:file:" + absolute.resolve(DATABASE_NAME)
                + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;LOCK_TIMEOUT=20000;TRACE_LEVEL_FILE=4"
                + ";QUERY_CACHE_SIZE=64;CACHE_SIZE=65536";
        return new StoreLocation(absolute, url, "sa", null);
    }

    /**
     * The store a {@code --store} argument names: a shared store's address
     * ({@code postgresql://HOST[:PORT]/DATABASE[?user=…]}, its password found by {@link SharedPassword})
     * or a folder.
     */
    public static StoreLocation of(String store, SharedPassword.Prompt prompt) {
        if (SharedStoreUrl.isShared(store)) {
            SharedStoreUrl url = SharedStoreUrl.parse(store);
            return shared(url, SharedPassword.find(url, prompt));
        }
        return in(Path.of(store));
    }

    /**
     * A shared store on a PostgreSQL server. Its folder is the user's data folder (nothing of the
     * shared store is written there: no backups, no password).
     */
    public static StoreLocation shared(SharedStoreUrl url, String password) {
        // never null: the driver would then read the password file itself, also one that others may read
        return new StoreLocation(defaultDir().toAbsolutePath().normalize(), url.jdbcUrl(), url.user(),
                password == null ? "" : password);
    }

    /** Whether this is a shared store on a database server (PostgreSQL). */
    public boolean isShared() {
        return dialect() == Dialect.POSTGRESQL;
    }

    Dialect dialect() {
        return Dialect.ofUrl(jdbcUrl);
    }

    /**
     * This location with the password its store keeps in {@code werkbank.password} (an embedded store
     * that has one); otherwise itself. Tools and tests that connect by JDBC use it.
     */
    public StoreLocation withStoredPassword() {
        if (!isEmbeddedH2()) {
            return this;
        }
        String stored = StorePassword.read(dir);
        return stored == null ? this : new StoreLocation(dir, jdbcUrl, user, stored);
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "StoreLocation[" + displayName() + "]";
    }

    /**
     * The folder used when none is given: {@code WERKBANK_STORE}, else the user's data folder
     * ({@code %APPDATA%\Werkbank} on Windows, {@code ~/Library/Application Support/Werkbank} on macOS,
     * {@code $XDG_DATA_HOME/werkbank} or {@code ~/.local/share/werkbank} elsewhere).
     */
    public static Path defaultDir() {
        String env = System.getenv("WERKBANK_STORE");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("Werkbank");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Werkbank");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("werkbank");
    }

    /** Whether the database is the embedded H2 file in {@link #dir()}. */
    public boolean isEmbeddedH2() {
        return jdbcUrl.startsWith("jdbc:h2:file:" + dir.resolve(DATABASE_NAME));
    }

    public Path databaseFile() {
        return dir.resolve(DATABASE_NAME + ".mv.db");
    }

    /** What the window title and messages call this store. */
    public String displayName() {
        if (isEmbeddedH2()) {
            return dir.toString();
        }
        if (isShared()) {
            String address = jdbcUrl.substring("jdbc:".length());
            return address + (address.contains("?") ? "&" : "?") + "user=" + user;
        }
        return jdbcUrl;
    }

    /** Whether an embedded database file exists here (for other URLs the schema tells, see {@link Store}). */
    boolean hasDatabaseFile() {
        return Files.isRegularFile(databaseFile());
    }

    private static String setting(String property, String env) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
