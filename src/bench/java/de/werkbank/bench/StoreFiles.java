package de.werkbank.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A copy of a closed local store's files, so that every timed run starts from the same store. */
final class StoreFiles {

    private StoreFiles() {
    }

    /** Copies the store folder {@code from} into {@code to} (made if missing), without H2's lock file. */
    static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().endsWith(".lock.db") && Files.isRegularFile(f)).toList()) {
                Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return to;
    }
}
