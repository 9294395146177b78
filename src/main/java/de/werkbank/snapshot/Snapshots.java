package de.werkbank.snapshot;

import de.werkbank.content.StoreContent;
import de.werkbank.store.Store;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

/** Snapshot files and a store: export, import (all or nothing), compare. */
public final class Snapshots {

    private Snapshots() {
    }

    /**
     * Writes the store's snapshot to {@code file}: first to a temporary file next to it, then moved into
     * place, so an interrupted export never leaves half a file under the name.
     */
    public static void export(Store store, Path file, Instant now, String appVersion, boolean personalData) {
        byte[] json = SnapshotCodec.encode(store.content(), now, appVersion, personalData);
        Path target = file.toAbsolutePath();
        try {
            Path parent = target.getParent();
            Path temp = Files.createTempFile(parent, ".werkbank-export-", ".tmp");
            try {
                Files.write(temp, json);
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new SnapshotException(e, "snapshot.cannotWrite", target, e.getMessage());
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * {@code content} as a snapshot "ohne personenbezogene Daten" holds it (the same rule, see
     * {@link SnapshotMapper#toDocument}): for documents printed without names of people.
     */
    public static StoreContent withoutPersonalData(StoreContent content) {
        return SnapshotMapper.toContent(SnapshotMapper.toDocument(content, Instant.now(), "", false));
    }

    /** The checked content of a snapshot file. */
    public static StoreContent read(Path file) {
        try {
            if (Files.size(file) > SnapshotFormat.MAX_BYTES) {
                throw new SnapshotException("snapshot.tooLarge", Files.size(file) / (1024 * 1024),
                        SnapshotFormat.MAX_BYTES / (1024 * 1024));
            }
            byte[] bytes = Files.readAllBytes(file);
            try {
                return SnapshotCodec.decode(bytes);
            } catch (SnapshotException e) {
                throw new SnapshotException(e, "snapshot.inFile", file.getFileName(), e.getLocalizedMessage());
            }
        } catch (NoSuchFileException e) {
            throw new SnapshotException(e, "snapshot.noFile", file);
        } catch (IOException e) {
            throw new SnapshotException(e, "snapshot.cannotRead", file, e.getMessage());
        }
    }

    /** What importing would replace: the store's plan, if it holds one. */
    public static boolean storeHasPlan(Store store) {
        return store.plan().isPresent();
    }

    /**
     * Replaces the store's catalogue, registry, plan and history by the snapshot's, all or nothing.
     * The file is read and checked completely before the store is changed, while a backup of the
     * store is taken (deleted again if the file is bad).
     *
     * @param replace must be {@code true} when the store already holds a plan
     * @return the backup file, if one was taken
     * @throws SnapshotException when the file is bad, or the store holds a plan and {@code replace} is false
     */
    public static Optional<Path> importInto(Store store, Path file, boolean replace) {
        if (!replace && storeHasPlan(store)) {
            read(file);
            throw new SnapshotException("snapshot.storeHasPlan");
        }
        // the file is read beside the backup (which touches nothing), the store replaced only after both
        return store.replaceContent(() -> read(file), file.getFileName().toString());
    }

    /** What a store holds, counted, so a confirmation can name what an import would replace. */
    public record Summary(String planName, int cards, int werkzeuge, int history) {

        public static Summary of(StoreContent content) {
            return new Summary(content.plan() == null ? "" : content.plan().name(), content.allCards().size(),
                    content.catalogue().werkzeuge().size(), content.history().size());
        }
    }
}
