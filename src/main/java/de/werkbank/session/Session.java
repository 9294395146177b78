package de.werkbank.session;

import de.werkbank.i18n.Messages;
import de.werkbank.plan.DefaultColumns;
import de.werkbank.plan.PlanEditor;
import de.werkbank.seed.Seeder;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.time.Clock;

/**
 * One open store as the window works with it: the store for reading, and the {@link PlanEditor}
 * through which every change of the plan goes.
 */
public final class Session implements AutoCloseable {

    private final Store store;
    private final PlanEditor editor;
    private final UserSettings settings;
    private de.werkbank.store.SharedListener listener;

    private Session(Store store, UserSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.editor = new PlanEditor(store, settings::userName, clock);
    }

    /**
     * Opens the store at {@code location}; a folder without a store gets a new one, seeded with the
     * sample data (the window's first start).
     */
    public static Session openOrCreate(StoreLocation location) {
        return openOrCreate(location, UserSettings.forCurrentUser());
    }

    /** As {@link #openOrCreate(StoreLocation)}, with the given user settings. */
    public static Session openOrCreate(StoreLocation location, UserSettings settings) {
        Store store = Store.exists(location)
                ? Store.open(location)
                : Store.create(location, tx -> Seeder.seed(tx, Seeder.Content.SAMPLE));
        return new Session(store, settings, Clock.systemDefaultZone());
    }

    public Store store() {
        return store;
    }

    public PlanEditor editor() {
        return editor;
    }

    /** The name the history gives the user's changes. */
    public String userName() {
        return settings.userName();
    }

    /** Gives a store made by {@code init --empty} its Werkstattplan with the default columns. */
    public void createPlan() {
        store.transaction(tx -> tx.plan().createPlan(Messages.tr("plan.defaultName"), DefaultColumns.names()));
    }

    /**
     * In a shared store: hears the colleagues' changes (empty: read everything again) and whether the
     * connection is there, on the listener's thread (ADR 24). Nothing in an embedded store.
     */
    public void listenToColleagues(java.util.function.Consumer<java.util.Optional<de.werkbank.plan.PlanChange>> changes,
                                   java.util.function.Consumer<Boolean> connected) {
        listener = store.listen(changes, connected).orElse(null);
    }

    @Override
    public void close() {
        if (listener != null) {
            listener.close();
        }
        store.close();
    }
}
