package de.werkbank.app;

import de.werkbank.logging.CacheFolder;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * The window JVM's class-data archive in the user's cache folder: named after the jars and the JVM it
 * was written for, and after its size. The JVM checks an archive's header but not its length (Java 17
 * crashes on a cut-off one), so an archive whose size differs from its name is removed, not used.
 */
final class ClassArchive {

    /** The JVM's exit code after a fatal error (it aborts). */
    private static final int FATAL_ERROR = 134;

    private final Path dir;
    private final String stamp;

    /**
     * @param dir   the cache folder
     * @param stamp names the jars and the JVM; any change of them makes a new archive
     */
    ClassArchive(Path dir, String stamp) {
        this.dir = dir;
        this.stamp = stamp;
    }

    /**
     * The JVM options for this start: map the archive, or write one when the window closes (under a
     * name of its own, put in place by {@link #finish}: two windows started at once never read each
     * other's half-written archive); none when the folder cannot be written.
     */
    List<String> options() {
        Optional<Path> archive = usable();
        if (archive.isPresent()) {
            return List.of("-XX:SharedArchiveFile=" + archive.get());
        }
        return canWrite() ? List.of("-XX:ArchiveClassesAtExit=" + written()) : List.of();
    }

    /**
     * After the window's JVM ended with {@code code}: keeps a newly written archive if it ended well
     * (an archive of other jars is never used again, so those go); drops the archive it used if the JVM
     * crashed, so the next start writes a new one.
     */
    void finish(int code) {
        Path written = written();
        try {
            if (Files.isRegularFile(written)) {
                long size = Files.size(written);
                if (code == 0 && size > 0) {
                    removeAll();
                    Files.move(written, dir.resolve(name(size)), StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.delete(written);
                }
            } else if (code == FATAL_ERROR) {
                usable().ifPresent(ClassArchive::deleteQuietly);
            }
        } catch (IOException e) {
            // without an archive the next start is slower, nothing else
        }
    }

    private Optional<Path> usable() {
        try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, "classes-" + stamp + "-*.jsa")) {
            for (Path file : found) {
                String name = file.getFileName().toString();
                if (name.equals(name(Files.size(file)))) {
                    return Optional.of(file);
                }
                deleteQuietly(file);
            }
        } catch (IOException e) {
            // no folder yet, or none to read: no archive
        }
        return Optional.empty();
    }

    private String name(long size) {
        return "classes-" + stamp + "-" + size + ".jsa";
    }

    private Path written() {
        return dir.resolve("classes-" + stamp + "." + ProcessHandle.current().pid() + ".tmp");
    }

    private void removeAll() throws IOException {
        try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, "classes-*.jsa")) {
            old.forEach(ClassArchive::deleteQuietly);
        }
    }

    private boolean canWrite() {
        try {
            Files.createDirectories(dir);
            return Files.isWritable(dir);
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // an archive left behind (one in use by another window, say) costs disk space only
        }
    }

    /**
     * The user's cache folder for Werkbank: {@code -Dwerkbank.cacheDir}, else {@code %LOCALAPPDATA%\Werkbank}
     * on Windows, {@code ~/Library/Caches/Werkbank} on macOS, {@code $XDG_CACHE_HOME/werkbank} or
     * {@code ~/.cache/werkbank} elsewhere.
     */
    static Path cacheDir() {
        return CacheFolder.of("werkbank.cacheDir", "Caches");
    }
}
