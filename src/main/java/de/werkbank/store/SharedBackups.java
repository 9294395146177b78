package de.werkbank.store;

import de.werkbank.content.StoreContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Backups of a shared store (ADR 29): the server's database is copied, every table in one snapshot,
 * into a temporary embedded store (the copy {@code copy-store} makes, row counts and, where given, the
 * snapshots compared), and that store's database is zipped as any embedded store's backup, into the
 * shared store's backup folder ({@link Backups#folder}). So a shared store's backup is an ordinary
 * Werkbank backup: {@code restore-backup} puts it back into the shared store, or into a local one.
 */
final class SharedBackups {

    private SharedBackups() {
    }

    /** The shared store's backup folder, made (owner-only) if needed. */
    static Path folder(StoreLocation location) {
        Path folder = Backups.folder(location);
        try {
            OwnerOnly.createFolder(folder);
        } catch (IOException e) {
            throw new StoreException(e, "store.cannotCreateDir", folder, e.getMessage());
        }
        return folder;
    }

    /**
     * Takes a backup of the shared store {@code store}.
     *
     * @param snapshot compares the copy's snapshot with the store's (null: row counts only)
     */
    static Path take(Store store, String label, Function<StoreContent, byte[]> snapshot) {
        StoreLocation location = store.location();
        Path temporary;
        try {
            temporary = Files.createTempDirectory(folder(location), ".backup-");
        } catch (IOException e) {
            throw new StoreException(e, "store.backupFailed", folder(location), e.getMessage());
        }
        try (Store copy = store.copyTo(StoreLocation.in(temporary), snapshot)) {
            return copy.zipAsBackupOf(location, label);
        } finally {
            delete(temporary);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temporary copy that cannot be deleted holds nothing the backup needs
        }
    }
}
