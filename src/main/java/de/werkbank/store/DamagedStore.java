package de.werkbank.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A store too damaged to open (H2 calls the file corrupt): telling that failure from others, and
 * putting the newest backup in the damaged file's place, which is kept aside. The window offers it;
 * {@code restore-backup} does it.
 */
public final class DamagedStore {

    private DamagedStore() {
    }

    /** Whether opening failed because the database file is damaged. */
    public static boolean is(StoreException e) {
        return Opening.damaged(e);
    }

    /** The newest backup beside an embedded store's database, if any. */
    public static Optional<Path> newestBackup(StoreLocation location) {
        return Safekeeping.newestBackup(location);
    }

    /**
     * Puts the backup's database in the damaged file's place (the damaged file is kept aside as
     * {@code werkbank-damaged-DATE.mv.db}), ready to open.
     *
     * @return the file kept aside
     */
    public static Path replaceWith(StoreLocation location, Path backup) {
        return Safekeeping.replaceDamagedFile(location, backup);
    }
}
