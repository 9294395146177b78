package de.werkbank.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * Brings a database to the schema this program knows, through the Flyway migrations in
 * {@code db/migration} (both databases) and {@code db/h2} or {@code db/postgresql} (the few whose SQL
 * differs, ADR 24). When the schema is current nothing but one small query runs (Flyway is not
 * even loaded), which keeps the start fast. Before a migration touches an existing database it is
 * backed up next to it; a database of a newer schema is refused and left as it is.
 */
final class Schema {

    /** The highest migration in {@code src/main/resources/db/migration} (a test keeps them in step). */
    static final int CURRENT_VERSION = 22;

    private Schema() {
    }

    /** The schema version the database has: 0 for a database Werkbank has not yet set up. */
    static int installedVersion(Connection c) {
        boolean hasHistory = Sql.one(c, "select count(*) from information_schema.tables "
                        + "where lower(table_name) = 'flyway_schema_history'", rs -> rs.getInt(1))
                .orElse(0) > 0;
        if (!hasHistory) {
            return 0;
        }
        List<String> versions = Sql.list(c,
                "select \"version\" from \"flyway_schema_history\" where \"success\" and \"version\" is not null",
                rs -> rs.getString(1));
        return versions.stream().mapToInt(Schema::major).max().orElse(0);
    }

    /**
     * Migrates the database to {@link #CURRENT_VERSION} if it is behind.
     *
     * @return the version it had before
     * @throws StoreException if it was written by a newer program
     */
    static int bringUpToDate(Connection c, StoreLocation location) {
        return bringUpToDate(c, location, CURRENT_VERSION, "classpath:db/migration");
    }

    /**
     * As above, for a given target version and migration folders (tests bring their own); the
     * database's own folder ({@link Dialect#migrations()}) is always added.
     */
    static int bringUpToDate(Connection c, StoreLocation location, int target, String... migrations) {
        int installed = installedVersion(c);
        if (installed > target) {
            throw new StoreException("store.newerSchema", location.displayName(), installed, target);
        }
        if (installed < target) {
            if (installed > 0 && location.isEmbeddedH2()) {
                Backups.take(c, location, "schema" + installed);
            }
            String[] locations = java.util.Arrays.copyOf(migrations, migrations.length + 1);
            locations[migrations.length] = location.dialect().migrations();
            Flyway.configure()
                    .dataSource(location.jdbcUrl(), location.user(), location.password())
                    .locations(locations)
                    .target(String.valueOf(target))
                    .load()
                    .migrate();
        }
        return installed;
    }

    private static int major(String version) {
        int dot = version.indexOf('.');
        return Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
    }
}
