package de.werkbank.store;

import de.werkbank.plan.PlanChange;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A shared store's colleagues: the notices this client sends them about its changes (PostgreSQL
 * {@code NOTIFY}) and the listener that hears theirs (ADR 24). An embedded store has none; nothing is
 * sent or heard there.
 */
final class Colleagues {

    private final Store store;
    /** Who this client is in the notices it sends (so that it ignores its own). */
    private final String sender = UUID.randomUUID().toString().substring(0, 8);

    Colleagues(Store store) {
        this.store = store;
    }

    /** Tells the others what a change touched, with the transaction it is called in. */
    void announce(PlanChange change) {
        if (store.location().isShared()) {
            Sql.one(store.connection(), "select pg_notify(?, ?)", rs -> 1, ChangeNotice.CHANNEL,
                    ChangeNotice.encode(sender, change));
        }
    }

    /** Tells the others to read everything again (after an import), in the transaction it is called in. */
    void announceEverything() {
        Sql.one(store.connection(), "select pg_notify(?, ?)", rs -> 1, ChangeNotice.CHANNEL,
                ChangeNotice.everything(sender));
    }

    /**
     * Starts listening, on a connection of its own, for the others' changes; empty for an embedded store.
     *
     * @param changes hears each colleague's change (empty: read everything again), on the listener's thread
     * @param status hears {@code false} when the connection is lost and {@code true} when it is back
     */
    Optional<SharedListener> listen(Consumer<Optional<PlanChange>> changes, Consumer<Boolean> status) {
        StoreLocation location = store.location();
        if (!location.isShared()) {
            return Optional.empty();
        }
        // the listener's connection notices a loss first (it waits on the server all the time): the
        // store's own connection is then taken as lost too, and the next transaction connects anew
        SharedListener listener = new SharedListener(location, sender, changes, up -> {
            if (!up) {
                store.markLost();
            }
            status.accept(up);
        });
        try {
            listener.start();
        } catch (SQLException e) {
            throw Opening.failed(location, e);
        }
        return Optional.of(listener);
    }
}
