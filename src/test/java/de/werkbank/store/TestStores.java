package de.werkbank.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Stores for tests of both kinds (ADR 24): an embedded H2 store in a folder, or a shared store in a
 * new database of the PostgreSQL server {@code WERKBANK_TEST_PG_URL} names
 * ({@code postgresql://127.0.0.1:PORT/postgres?user=…}, the password in {@code PGPASSWORD}; {@code .ci/run}
 * starts a throwaway cluster and sets both). Without it a PostgreSQL test is skipped, saying why —
 * except in CI ({@code CI=true}), where it fails: CI must not pass without having run them.
 */
public final class TestStores {

    /** The kind of store a test runs on. */
    public enum Kind {
        H2, POSTGRESQL
    }

    public static final String URL_VARIABLE = "WERKBANK_TEST_PG_URL";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private TestStores() {
    }

    /** A location where no store exists yet: the folder, or a new, empty database on the test server. */
    public static StoreLocation fresh(Kind kind, Path dir) {
        return kind == Kind.H2 ? StoreLocation.in(dir) : freshDatabase();
    }

    /** A new, empty database on the test server (skipped or failed as the class comment says when there is none). */
    public static StoreLocation freshDatabase() {
        SharedStoreUrl admin = server();
        String name = "werkbank_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(admin.jdbcUrl(), admin.user(), password());
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name);
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + admin.displayName(), e);
        }
        SharedStoreUrl url = new SharedStoreUrl(admin.host(), admin.port(), name, admin.user(), admin.parameters());
        return StoreLocation.shared(url, password());
    }

    /** Removes a database {@link #freshDatabase()} made (nothing for an H2 store: its folder goes with the test). */
    public static void drop(StoreLocation location) {
        if (!location.isShared()) {
            return;
        }
        SharedStoreUrl admin = server();
        String database = location.jdbcUrl().replaceAll("^jdbc:postgresql://[^/]+/([^?]+).*$", "$1");
        try (Connection c = DriverManager.getConnection(admin.jdbcUrl(), admin.user(), password());
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop " + database, e);
        }
    }

    /** The test server's address; skips (locally) or fails (in CI) when there is none. */
    public static SharedStoreUrl server() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            String why = "no PostgreSQL for the tests: " + URL_VARIABLE + " is not set (.ci/run starts a cluster)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(why + " — in CI the PostgreSQL tests must run");
            }
            System.err.println("SKIPPED: " + why);
            Assumptions.abort(why);
        }
        return SharedStoreUrl.parse(url);
    }

    private static String password() {
        String p = System.getenv("PGPASSWORD");
        return p == null ? "" : p;
    }
}
