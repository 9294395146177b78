package de.werkbank.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps a store's folder and files to their owner on POSIX systems: the folder {@code rwx------}, every
 * file Werkbank or H2 writes into it {@code rw-------}. On other systems (Windows) a user's data folder
 * is private already, and nothing is changed.
 */
public final class OwnerOnly {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Creates {@code dir} (and its parents) if needed; the folder itself is made owner-only. */
    static void createFolder(Path dir) throws IOException {
        Files.createDirectories(dir);
        folder(dir);
    }

    /** Makes an existing folder owner-only. */
    static void folder(Path dir) throws IOException {
        if (posix() && Files.isDirectory(dir)) {
            Files.setPosixFilePermissions(dir, FOLDER);
        }
    }

    /** Makes a file owner-only; a file that is gone (a lock released meanwhile) is left alone. */
    public static void file(Path file) {
        if (!posix()) {
            return;
        }
        try {
            Files.setPosixFilePermissions(file, FILE);
        } catch (java.nio.file.NoSuchFileException gone) {
            // nothing to protect
        } catch (IOException e) {
            throw new StoreException(e, "store.cannotProtect", file, e.getMessage());
        }
    }

    /** The folder and every file in it that belongs to the store ({@code werkbank*}) made owner-only. */
    static void store(Path dir) {
        try {
            folder(dir);
            if (!posix()) {
                return;
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.getFileName().toString().startsWith(StoreLocation.DATABASE_NAME))
                        .filter(Files::isRegularFile)
                        .forEach(OwnerOnly::file);
            }
        } catch (IOException e) {
            throw new StoreException(e, "store.cannotProtect", dir, e.getMessage());
        }
    }
}
