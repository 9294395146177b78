package de.werkbank.store;

import de.werkbank.i18n.Messages;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Copies of an embedded store, taken before anything replaces, overwrites or migrates its content:
 * zips written by H2's {@code BACKUP TO} next to the database, owner-only, the newest
 * {@link #keep()} kept.
 */
public final class Backups {

    /** How many backups are kept unless {@code werkbank.backups.keep} / {@code WERKBANK_BACKUPS_KEEP} says otherwise. */
    public static final int DEFAULT_KEEP = 10;

    private static final String PREFIX = "werkbank-backup-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Pattern NAME = Pattern.compile(
            "werkbank-backup-(.+)-(\\d{8}-\\d{6})(?:-(\\d{3}))?(?:-(\\d+))?\\.zip");

    /**
     * One backup file.
     *
     * @param label what it was taken before: {@code before-import}, {@code schema9}, {@code before-restore} …
     */
    public record Backup(Path file, LocalDateTime takenAt, String label, long size) {

        public String name() {
            return file.getFileName().toString();
        }

        /** What it was taken before, in the UI language. */
        public String what() {
            if (label.matches("schema\\d+")) {
                return Messages.tr("backup.label.schema", label.substring("schema".length()));
            }
            String key = "backup.label." + label;
            String text = Messages.tr(key);
            return text.startsWith("!") ? label : text;
        }

        /** The size as "412 KB" or "1,3 MB". */
        public String sizeText() {
            if (size < 1024 * 1024) {
                return Math.max(1, (size + 1023) / 1024) + " KB";
            }
            return String.format(Messages.get().locale(), "%.1f MB", size / (1024.0 * 1024.0));
        }

        private int counter() {
            Matcher m = NAME.matcher(name());
            return m.matches() && m.group(4) != null ? Integer.parseInt(m.group(4)) : 0;
        }
    }

    private Backups() {
    }

    /**
     * Where the store's backups are: beside an embedded store's database; for a shared store, in a
     * folder of its own under the user's data folder ({@code shared-backups/DATABASE@HOST-PORT}).
     */
    public static Path folder(StoreLocation location) {
        if (!location.isShared()) {
            return location.dir();
        }
        String server = location.jdbcUrl().replaceAll("^jdbc:postgresql://([^/]+)/([^?]+).*$", "$2@$1");
        return location.dir().resolve("shared-backups").resolve(server.replaceAll("[^A-Za-z0-9_.@-]", "-"));
    }

    /** The store's backups, newest first (none for a store of another database than H2 or PostgreSQL). */
    public static List<Backup> list(StoreLocation location) {
        List<Backup> found = new ArrayList<>();
        Path folder = folder(location);
        if (!location.isEmbeddedH2() && !location.isShared() || !Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*.zip")) {
            for (Path file : files) {
                parse(file).ifPresent(found::add);
            }
        } catch (IOException e) {
            throw new StoreException(e, "store.backups.unreadable", folder, e.getMessage());
        }
        found.sort(Comparator.comparing(Backup::takenAt).thenComparing(Backup::counter)
                .thenComparing(Backup::name).reversed());
        return found;
    }

    /**
     * The backup a user named: a path to a file, or the name of one of the store's backups.
     *
     * @throws StoreException if there is no such file
     */
    public static Path resolve(StoreLocation location, String fileOrName) {
        Path given = Path.of(fileOrName);
        if (Files.isRegularFile(given)) {
            return given.toAbsolutePath().normalize();
        }
        Path inStore = folder(location).resolve(fileOrName);
        if (given.getNameCount() == 1 && Files.isRegularFile(inStore)) {
            return inStore;
        }
        throw new StoreException("store.restore.noFile", fileOrName, location.displayName());
    }

    /**
     * How many backups are kept: {@code -Dwerkbank.backups.keep=N} or {@code WERKBANK_BACKUPS_KEEP=N}
     * (at least 1), else {@value #DEFAULT_KEEP}.
     *
     * @throws StoreException for a setting that is not a whole number of at least 1
     */
    public static int keep() {
        String value = System.getProperty("werkbank.backups.keep");
        if (value == null || value.isBlank()) {
            value = System.getenv("WERKBANK_BACKUPS_KEEP");
        }
        if (value == null || value.isBlank()) {
            return DEFAULT_KEEP;
        }
        try {
            int keep = Integer.parseInt(value.strip());
            if (keep >= 1) {
                return keep;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new StoreException("store.backups.badKeep", value);
    }

    /** As {@link #take(Connection, StoreLocation, String, Set)}, sparing no older backup. */
    static Path take(Connection c, StoreLocation location, String label) {
        return take(c, location, label, Set.of());
    }

    /**
     * Writes a zip of the database's committed state next to it, named
     * {@code werkbank-backup-LABEL-yyyyMMdd-HHmmss-SSS.zip}, readable by the owner only, then deletes
     * the backups beyond the newest {@link #keep()} (but not those in {@code spare}).
     *
     * @return the backup file
     * @throws StoreException when the backup cannot be written (then nothing else should happen)
     */
    static Path take(Connection c, StoreLocation location, String label, Set<Path> spare) {
        int keep = keep();
        Path file = write(c, location, label);
        prune(location, keep, spare);
        return file;
    }

    /** Writes a backup as {@link #take} does, but deletes no older one. */
    static Path write(Connection c, StoreLocation location, String label) {
        Path file = newFile(location, label);
        Optional<EngineAccess> engine = EngineAccess.of(c);
        try {
            if (engine.isPresent()) {
                engine.get().backupTo(file);
            } else {
                try (Statement s = c.createStatement()) {
                    s.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
                }
            }
            OwnerOnly.file(file);
        } catch (SQLException | IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e instanceof StoreException se ? se : new StoreException(e, "store.backupFailed", file, e.getMessage());
        }
        return file;
    }

    /** Deletes backups taken for an import that did not happen (its input could not be read). */
    static void delete(List<Path> backups) {
        for (Path file : backups) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // it stays among the others and is pruned in its turn
            }
        }
    }

    /** Deletes the backups beyond the newest {@code keep}, but for those in {@code spare}. */
    static void prune(StoreLocation location, int keep, Set<Path> spare) {
        List<Backup> all = list(location);
        for (Backup old : all.subList(Math.min(keep, all.size()), all.size())) {
            if (spare.stream().noneMatch(p -> p.toAbsolutePath().normalize().equals(old.file().toAbsolutePath().normalize()))) {
                try {
                    Files.deleteIfExists(old.file());
                } catch (IOException ignored) {
                    // a backup that cannot be deleted stays; the next backup tries again
                }
            }
        }
    }

    /**
     * Creates the (empty) backup file owner-only before H2 writes into it, so that the copy is never
     * readable by others, not even for a moment.
     */
    private static Path newFile(StoreLocation location, String label) {
        String stamp = LocalDateTime.now().format(STAMP);
        for (int n = 1; ; n++) {
            Path file = folder(location).resolve(PREFIX + label + "-" + stamp + (n == 1 ? "" : "-" + n) + ".zip");
            try {
                if (OwnerOnly.posix()) {
                    return Files.createFile(file, PosixFilePermissions.asFileAttribute(OwnerOnly.FILE));
                }
                return Files.createFile(file);
            } catch (FileAlreadyExistsException e) {
                // two backups in one millisecond: the next gets a number
            } catch (IOException e) {
                throw new StoreException(e, "store.backupFailed", file, e.getMessage());
            }
        }
    }

    private static Optional<Backup> parse(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String stamp = m.group(2) + "-" + (m.group(3) == null ? "000" : m.group(3));
            return Optional.of(new Backup(file, LocalDateTime.parse(stamp, STAMP), m.group(1), Files.size(file)));
        } catch (DateTimeParseException | IOException e) {
            return Optional.empty();
        }
    }
}
