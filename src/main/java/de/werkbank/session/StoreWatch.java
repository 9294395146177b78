package de.werkbank.session;

import de.werkbank.store.ChangeStamp;
import de.werkbank.store.Store;
import de.werkbank.store.StoreTransaction;

/**
 * Notices that the store was changed by someone else — a command such as {@code import-data} run while
 * the window is open (ADR 3) — with one cheap query. The window marks the store as seen when it loses
 * the focus (its own changes up to then are in that stamp) and asks {@link #changedSinceSeen()} when
 * it gets the focus back or shows a tab; on a change it reads its views again.
 */
public final class StoreWatch {

    private final Store store;
    private ChangeStamp seen;

    /** Watches {@code store}; its content now counts as seen. */
    public StoreWatch(Store store) {
        this.store = store;
        this.seen = read();
    }

    /** Takes the store's current content as seen. */
    public void markSeen() {
        seen = read();
    }

    /** Whether the store changed since it was last seen; from now on its current content counts as seen. */
    public boolean changedSinceSeen() {
        ChangeStamp now = read();
        boolean changed = !now.equals(seen);
        seen = now;
        return changed;
    }

    private ChangeStamp read() {
        return store.transaction(StoreTransaction::changeStamp);
    }
}
