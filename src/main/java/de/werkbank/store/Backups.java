package de.werkbank.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Copies of an embedded store, taken before anything replaces or migrates its content. */
final class Backups {

    private Backups() {
    }

    /**
     * Writes a zip of the database next to it, named {@code werkbank-backup-LABEL-yyyyMMdd-HHmmss.zip}.
     *
     * @return the backup file
     * @throws StoreException when the backup cannot be written (then nothing else should happen)
     */
    static Path take(Connection c, StoreLocation location, String label) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
        Path file = location.dir().resolve("werkbank-backup-" + label + "-" + stamp + ".zip");
        try (Statement s = c.createStatement()) {
            s.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new StoreException(e, "store.backupFailed", file, e.getMessage());
        }
        OwnerOnly.file(file);
        return file;
    }
}
