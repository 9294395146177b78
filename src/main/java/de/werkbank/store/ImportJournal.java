package de.werkbank.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A note beside the database that an import is running in the process that holds the database file,
 * naming the backup taken just before it. H2 does not keep a large transaction whole when its process
 * is killed (ADR 9): so when the next process to open the store finds the note of a process that is
 * gone, the import was cut off, and the database file is replaced by that backup (the cut-off file is
 * kept aside). The store then holds the content from before the import, never a mix.
 */
final class ImportJournal {

    static final String FILE_NAME = StoreLocation.DATABASE_NAME + ".import-in-progress";
    private static final String CLAIMED = FILE_NAME + ".recovering";
    private static final String BACKUP_ENTRY = StoreLocation.DATABASE_NAME + ".mv.db";

    /** What the next open did about an import that was cut off. */
    record Recovery(String what, Path backup, Path keptAside) {
    }

    private ImportJournal() {
    }

    static Path file(Path dir) {
        return dir.resolve(FILE_NAME);
    }

    /** Notes the import (written through to the disk before the import's transaction starts). */
    static void begin(Path dir, Path backup, String what) {
        Path file = file(dir);
        String text = String.join("\n", processId(ProcessHandle.current()),
                backup.getFileName().toString(), what.replace('\n', ' ')) + "\n";
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(StandardCharsets.UTF_8.encode(text));
            channel.force(true);
        } catch (IOException e) {
            throw new StoreException(e, "store.journalFailed", file, e.getMessage());
        }
        OwnerOnly.file(file);
    }

    /** The import ended: committed, or rolled back by the database itself. */
    static void end(Path dir) {
        try {
            Files.deleteIfExists(file(dir));
        } catch (IOException e) {
            throw new StoreException(e, "store.journalFailed", file(dir), e.getMessage());
        }
    }

    /**
     * Before the database is opened: if an import's process is gone without ending it, puts the backup
     * taken before it in the database's place. Only one process does so; another one opening at the
     * same moment waits for it.
     */
    static Optional<Recovery> recoverIfCutOff(Path dir) {
        Path file = file(dir);
        Path claimed = dir.resolve(CLAIMED);
        waitWhileRecovering(claimed);
        if (Files.exists(claimed)) {
            // the process that began the recovery is gone: begin it again
            try {
                Files.move(claimed, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new StoreException(e, "store.journalFailed", file, e.getMessage());
            }
        }
        List<String> note;
        try {
            note = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException none) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StoreException(e, "store.journalFailed", file, e.getMessage());
        }
        if (note.size() < 2 || alive(note.get(0))) {
            return Optional.empty();
        }
        try {
            Files.move(file, claimed, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException raced) {
            waitWhileRecovering(claimed);
            return Optional.empty();
        }
        try {
            Path backup = dir.resolve(note.get(1));
            Path aside = putBack(dir, backup, "interrupted");
            Files.delete(claimed);
            return Optional.of(new Recovery(note.size() > 2 ? note.get(2) : "", backup, aside));
        } catch (IOException e) {
            throw new StoreException(e, "store.recoveryFailed", dir, note.get(1), e.getMessage());
        }
    }

    /**
     * Puts a backup's database in the place of the store's file, which is kept aside as
     * {@code werkbank-WHY-DATE.mv.db}. Only while no process has the database open.
     *
     * @return the file kept aside
     */
    static Path putBack(Path dir, Path backup, String why) throws IOException {
        Path database = dir.resolve(BACKUP_ENTRY);
        Path restoring = dir.resolve(BACKUP_ENTRY + ".restoring");
        extract(backup, restoring);
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = dir.resolve(StoreLocation.DATABASE_NAME + "-" + why + "-" + stamp + ".mv.db");
        if (Files.exists(database)) {
            Files.move(database, aside);
        }
        Files.move(restoring, database, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(dir.resolve(StoreLocation.DATABASE_NAME + ".lock.db"));
        return aside;
    }

    private static void extract(Path backup, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(backup); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals(BACKUP_ENTRY)) {
                    Files.deleteIfExists(target);
                    Files.createFile(target);
                    OwnerOnly.file(target);
                    // into the owner-only file just made, written through to the disk
                    try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE)) {
                        zip.transferTo(java.nio.channels.Channels.newOutputStream(channel));
                        channel.force(true);
                    }
                    return;
                }
            }
        }
        throw new IOException(backup + ": no " + BACKUP_ENTRY);
    }

    /** A process by its id and start, so that a reused id is not taken for the importer. */
    private static String processId(ProcessHandle process) {
        return process.pid() + "@" + process.info().startInstant().map(Object::toString).orElse("");
    }

    private static boolean alive(String noted) {
        try {
            long pid = Long.parseLong(noted.substring(0, noted.indexOf('@')).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ImportJournal::processId)
                    .filter(noted.strip()::equals).isPresent();
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    private static void waitWhileRecovering(Path claimed) {
        for (int i = 0; i < 300 && Files.exists(claimed); i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
