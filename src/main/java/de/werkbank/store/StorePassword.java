package de.werkbank.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The password of an embedded store's database user, kept in {@code werkbank.password} beside the
 * database, readable by its owner only. A process that opens the store (the window, a command, the
 * second process reaching it through H2's auto-server) reads it there; nobody else can.
 */
final class StorePassword {

    static final String FILE_NAME = StoreLocation.DATABASE_NAME + ".password";
    private static final SecureRandom RANDOM = new SecureRandom();

    private StorePassword() {
    }

    static Path file(Path dir) {
        return dir.resolve(FILE_NAME);
    }

    /** The stored password, or null when the store has none yet (new, or made before passwords). */
    static String read(Path dir) {
        Path file = file(dir);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? null : text;
        } catch (IOException e) {
            throw new StoreException(e, "store.cannotReadPassword", file, e.getMessage());
        }
    }

    /**
     * Writes a new random password, unless another process has just written one: then that one is
     * returned. The file is complete when it appears (written aside, then moved into place).
     */
    static String create(Path dir) {
        String password = HexFormat.of().formatHex(bytes(24));
        Path file = file(dir);
        Path aside = dir.resolve(FILE_NAME + ".new-" + ProcessHandle.current().pid());
        try {
            if (OwnerOnly.posix()) {
                Files.deleteIfExists(aside);
                Files.createFile(aside, PosixFilePermissions.asFileAttribute(OwnerOnly.FILE));
            }
            Files.writeString(aside, password + System.lineSeparator(), StandardCharsets.UTF_8);
            try {
                // a hard link appears complete and fails if the name exists: the first writer wins
                Files.createLink(file, aside);
                return password;
            } catch (FileAlreadyExistsException raced) {
                // another process made it first: use that one
            } catch (UnsupportedOperationException noLinks) {
                Files.move(aside, file);
                return password;
            } finally {
                Files.deleteIfExists(aside);
            }
        } catch (IOException e) {
            throw new StoreException(e, "store.cannotWritePassword", file, e.getMessage());
        }
        return read(dir);
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
