package de.werkbank.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.function.Function;

/**
 * The password of a shared store's user, found as PostgreSQL's own programs find it (ADR 24): the
 * environment variable {@code PGPASSWORD}, else the password file ({@code PGPASSFILE} or
 * {@code ~/.pgpass}, {@code %APPDATA%\postgresql\pgpass.conf} on Windows, read by the JDBC driver's
 * parser), else a prompt. Like {@code psql}, a password file that its group or others may read is not
 * used. Werkbank never writes the password anywhere.
 */
public final class SharedPassword {

    private SharedPassword() {
    }

    /** A password asked of the user, or null if they gave none. */
    @FunctionalInterface
    public interface Prompt {
        String ask(SharedStoreUrl url);
    }

    /** Never asks: only the environment and the password file. */
    public static final Prompt NONE = url -> null;

    /** The password for {@code url}'s user, or null when none is found and the prompt gives none. */
    public static String find(SharedStoreUrl url, Prompt prompt) {
        String env = System.getenv("PGPASSWORD");
        if (env != null && !env.isEmpty()) {
            return env;
        }
        String fromFile = fromPasswordFile(url);
        return fromFile != null ? fromFile : prompt.ask(url);
    }

    static String fromPasswordFile(SharedStoreUrl url) {
        return fromPasswordFile(url, passwordFile());
    }

    /** The password for {@code url} in the password file {@code file} (PostgreSQL's format), if it may be used. */
    static String fromPasswordFile(SharedStoreUrl url, Path file) {
        if (file == null || !Files.isRegularFile(file) || readableByOthers(file)) {
            return null;
        }
        String saved = System.getProperty("org.postgresql.pgpassfile");
        System.setProperty("org.postgresql.pgpassfile", file.toString());
        try {
            return org.postgresql.jdbcurlresolver.PgPassParser.getPassword(url.host(), String.valueOf(url.port()),
                    url.database(), url.user());
        } finally {
            if (saved == null) {
                System.clearProperty("org.postgresql.pgpassfile");
            } else {
                System.setProperty("org.postgresql.pgpassfile", saved);
            }
        }
    }

    private static Path passwordFile() {
        String configured = System.getenv("PGPASSFILE");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        if (System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win")) {
            String appData = System.getenv("APPDATA");
            return appData == null ? null : Path.of(appData, "postgresql", "pgpass.conf");
        }
        return Path.of(System.getProperty("user.home"), ".pgpass");
    }

    private static boolean readableByOthers(Path file) {
        if (!OwnerOnly.posix()) {
            return false;
        }
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            boolean open = p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ);
            if (open) {
                org.slf4j.LoggerFactory.getLogger(SharedPassword.class)
                        .warn("{} is readable by others and is not used (chmod 0600 it, as psql asks)", file);
            }
            return open;
        } catch (IOException e) {
            return true;
        }
    }

    /** A prompt on the terminal, if there is one. */
    public static Prompt console(Function<SharedStoreUrl, String> question) {
        return url -> {
            java.io.Console console = System.console();
            if (console == null) {
                return null;
            }
            char[] typed = console.readPassword("%s", question.apply(url));
            return typed == null ? null : new String(typed);
        };
    }
}
