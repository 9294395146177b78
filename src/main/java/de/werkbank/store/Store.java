package de.werkbank.store;

import de.werkbank.area.Area;
import de.werkbank.catalogue.Catalogue;
import de.werkbank.content.StoreContent;
import de.werkbank.datencheck.DataSource;
import de.werkbank.datencheck.IndicatorSummary;
import de.werkbank.datencheck.Observation;
import de.werkbank.geo.StoredBoundary;
import de.werkbank.plan.Card;
import de.werkbank.plan.HistoryEntry;
import de.werkbank.plan.Plan;
import de.werkbank.plan.PlanTransactions;
import de.werkbank.plan.PlanWriter;
import de.werkbank.plan.UndoSteps;
import de.werkbank.sheet.Actor;
import de.werkbank.sheet.SheetOutline;
import de.werkbank.sheet.Werkzeugblatt;
import de.werkbank.review.Review;
import de.werkbank.workshop.Workshop;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An open Werkbank store: one database holding the catalogue, one Werkstattplan and the areas. All
 * reads and writes run in transactions on one connection, one at a time.
 */
public final class Store implements PlanTransactions, AutoCloseable {

    /**
     * The address H2's auto-server listens on: loopback only, so no other machine reaches a store
     * (H2 binds every interface unless {@code h2.bindAddress} is set before its classes load). The
     * launcher sets it first thing too, for every JVM that may start the server.
     */
    public static final String LOOPBACK = "127.0.0.1";

    static {
        // unless it was given explicitly
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", LOOPBACK);
        }
    }

    private final StoreLocation location;
    private final StoreConnection link;
    private final Safekeeping safekeeping = new Safekeeping(this);
    private final Colleagues colleagues = new Colleagues(this);

    Store(StoreLocation location, Connection connection) {
        this.location = location;
        this.link = new StoreConnection(location, connection);
    }




    /** Whether a store has been set up at this location. */
    public static boolean exists(StoreLocation location) {
        return Stores.exists(location);
    }

    /**
     * Opens an existing store, migrating its schema if it is older than this program's.
     *
     * @throws StoreException if there is no store there (the message names {@code init}), or it was
     *                        written by a newer program, or the database cannot be opened
     */
    public static Store open(StoreLocation location) {
        return Stores.open(location);
    }

    /**
     * Sets up a new store and fills it with {@code initialContent} in one transaction; a failed init
     * leaves nothing behind (see {@link Stores#create}).
     *
     * @throws StoreException if a store exists there already (it is left unchanged)
     */
    public static Store create(StoreLocation location, Consumer<StoreTransaction> initialContent) {
        return Stores.create(location, initialContent);
    }

    /** Where notices of opening go: the command line's stderr, the window's dialog. */
    public static void onNotice(Consumer<String> sink) {
        Stores.onNotice(sink);
    }

    public StoreLocation location() {
        return location;
    }


    @Override
    public <T> T inTransaction(Function<PlanWriter, T> work) {
        return transaction(tx -> work.apply(tx.plan()));
    }

    @Override
    public <T> T inTransactionWithUndo(BiFunction<PlanWriter, UndoSteps, T> work) {
        return transaction(tx -> work.apply(tx.plan(), tx.undoSteps()));
    }

    /**
     * In a shared store every user has undo and redo steps of their own (ADR 25); an embedded store
     * keeps the one stack it always had (its steps stay under the owner '').
     */
    @Override
    public <T> T inTransactionWithUndo(String user, BiFunction<PlanWriter, UndoSteps, T> work) {
        String owner = location.isShared() ? user : "";
        return transaction(tx -> work.apply(tx.plan(), tx.undoSteps(owner)));
    }

    public Catalogue catalogue() {
        return transaction(tx -> tx.catalogue().load());
    }

    /** The catalogue's own version, raised by every change of the catalogue. */
    public int catalogueVersion() {
        return transaction(tx -> tx.catalogue().version());
    }

    /** The Werkstattplan, or empty in a store made by {@code init --empty}. */
    public Optional<Plan> plan() {
        return transaction(tx -> tx.plan().load());
    }

    /** Whether the board shows the plan in swimlanes by Handlungsfeld. */
    public boolean swimlanes() {
        return transaction(tx -> tx.plan().swimlanes());
    }

    /** One card as stored now, or empty if it is gone or archived. */
    public Optional<Card> card(UUID id) {
        return transaction(tx -> tx.plan().card(id));
    }

    /** One column's cards, top to bottom. */
    public List<Card> cardsIn(UUID columnId) {
        return transaction(tx -> tx.plan().cardsIn(columnId));
    }

    /** The plan's history, oldest first. */
    public List<HistoryEntry> history() {
        return transaction(tx -> tx.plan().history());
    }

    /** The cards taken off the board into the archive. */
    public List<Card> archivedCards() {
        return transaction(tx -> tx.plan().archivedCards());
    }

    /** The store's own log (init, seeding, imports), oldest first, as "event: details". */
    public List<String> log() {
        return transaction(tx -> tx.logEntries());
    }

    /** Everything a snapshot carries, read in one transaction. */
    public StoreContent content() {
        return transaction(tx -> tx.content().read());
    }

    /**
     * Replaces the store's catalogue, registry, plan and history by {@code content}, all or nothing,
     * after taking a backup of the store (an embedded one); see {@link Safekeeping#replaceContent}.
     *
     * @param what names the source in the log, e.g. the snapshot file
     * @return the backup file, or empty for a store that is not an embedded file
     * @throws StoreException if the store was changed meanwhile
     */
    public synchronized Optional<Path> replaceContent(StoreContent content, String what) {
        return replaceContent(() -> content, what);
    }

    /**
     * As {@link #replaceContent(StoreContent, String)}, for content still to be read (a snapshot file
     * decoded and checked): an embedded store takes its backup while another thread reads. Should
     * reading fail, that backup is deleted, none is pruned, and the store is unchanged.
     */
    public synchronized Optional<Path> replaceContent(Supplier<StoreContent> reading, String what) {
        return safekeeping.replaceContent(reading, what);
    }

    /**
     * Runs an import guarded by a backup (see {@link Safekeeping#guarded}): {@code work} makes its
     * change in one transaction and gets the backup and the store's stamp as the backup holds it.
     *
     * @param label names the backup, e.g. {@code before-data-import}
     * @param what  what is imported (a file name), for the journal
     */
    public synchronized <T> T guarded(String label, String what, BiFunction<Optional<Path>, ChangeStamp, T> work) {
        return safekeeping.guarded(label, what, work);
    }

    /** As {@link #guarded(String, String, BiFunction)}, for work that need not check the stamp. */
    public <T> T guarded(String label, String what, Supplier<T> work) {
        return guarded(label, what, (backup, stamp) -> work.get());
    }

    /**
     * Replaces the whole store (every table) by a backup's content, all or nothing (ADR 15; see
     * {@link Safekeeping#restoreBackup}). A backup that cannot be read changes nothing.
     *
     * @return the backup of the state before the restore
     * @throws StoreException for a file that is no Werkbank backup, or one of a newer schema
     */
    public synchronized Path restoreBackup(Path backup) {
        return safekeeping.restoreBackup(backup);
    }

    /**
     * Takes a backup of the store now ({@code backup}), of an embedded or a shared store (see
     * {@link Safekeeping#backup}); it is restored with {@link #restoreBackup}, into either kind.
     *
     * @param snapshot for a shared store: compares the copy's snapshot with the store's
     * @return the backup file
     */
    public synchronized Path backup(Function<StoreContent, byte[]> snapshot) {
        return safekeeping.backup(snapshot);
    }

    /** Zips this (temporary, embedded) store as a backup of {@code owner}, openable without a password. */
    synchronized Path zipAsBackupOf(StoreLocation owner, String label) {
        return safekeeping.zipAsBackupOf(owner, label);
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public synchronized <T> T transaction(Function<StoreTransaction, T> work) {
        return link.transaction(work);
    }

    /**
     * Whether a failure says that the connection to a shared store's server is gone (the network, or
     * the server shut down): SQL states of class 08 and 57P0x. Nothing was stored then.
     */
    public static boolean connectionLost(Throwable failure) {
        return StoreConnection.lost(failure);
    }

    /** The connection transactions run on now (a shared store's is replaced after a loss). */
    Connection connection() {
        return link.current();
    }

    /**
     * A new store at {@code target} (a folder without a store, or an empty database on a server) with
     * everything this one holds, every table row by row (ADR 24), all or nothing: if anything fails,
     * the target is left as empty as it was. Before the copy commits, both stores' content is
     * compared as {@code snapshot} writes it (the snapshot's JSON) besides every table's row count.
     *
     * @throws StoreException if a store exists there, the database is not empty, or the copy differs
     */
    public Store copyTo(StoreLocation target, Function<StoreContent, byte[]> snapshot) {
        return create(target, tx -> StoreCopy.copyInto(this, tx, snapshot));
    }

    /** The rows of every table, by table (to compare two stores after a copy). */
    public Map<String, Long> rowCounts() {
        return transaction(tx -> StoreCopy.counts(connection()));
    }



    /**
     * In a shared store: tells the other clients what a change touched (PostgreSQL {@code NOTIFY}, sent
     * with the transaction it is called in). Nothing in an embedded store.
     */
    @Override
    public synchronized void announce(de.werkbank.plan.PlanChange change) {
        colleagues.announce(change);
    }

    /** In a shared store: tells the other clients to read everything again (after an import). */
    void announceEverything() {
        transaction(tx -> {
            colleagues.announceEverything();
            return null;
        });
    }

    /**
     * In a shared store: starts listening, on a connection of its own, for the other clients' changes
     * (see {@link SharedListener}); empty for an embedded store, which has no colleagues.
     *
     * @param changes hears each colleague's change (empty: read everything again), on the listener's thread
     * @param status hears {@code false} when the connection is lost and {@code true} when it is back
     */
    public Optional<SharedListener> listen(Consumer<Optional<de.werkbank.plan.PlanChange>> changes,
                                           Consumer<Boolean> status) {
        return colleagues.listen(changes, status);
    }

    /** The store's own connection is taken as lost: the next transaction connects anew. */
    void markLost() {
        link.markLost();
    }

    /** The card's Werkzeugblatt (a blank one if none is stored). */
    public Werkzeugblatt sheet(UUID card) {
        return transaction(tx -> tx.sheets().sheet(card));
    }

    /** Every stored Werkzeugblatt, by card (a card without one has none here). */
    public Map<UUID, Werkzeugblatt> sheets() {
        return transaction(tx -> tx.sheets().all());
    }

    /** Lead office, areas and steps of every card that has a sheet, by card. */
    public Map<UUID, SheetOutline> sheetOutlines() {
        return transaction(tx -> tx.sheets().outlines());
    }

    /** The cards whose sheets depend on this card. */
    public List<UUID> dependents(UUID card) {
        return transaction(tx -> tx.sheets().dependents(card));
    }

    public SheetOutline sheetOutline(UUID card) {
        return transaction(tx -> tx.sheets().outline(card));
    }

    /** The plan's vote rounds and the cards' places on the value/effort matrix. */
    public Workshop workshop() {
        return transaction(tx -> tx.workshop().read());
    }

    /** The plan's reviews with their entries, oldest first. */
    public List<Review> reviews() {
        return transaction(tx -> tx.reviews().reviews());
    }

    /** The registry of offices and people. */
    public List<Actor> actors() {
        return transaction(tx -> tx.actors().all());
    }

    /** The Datencheck's indicators, by key. */
    public List<IndicatorSummary> indicators() {
        return transaction(tx -> tx.datencheck().indicators());
    }

    /** The stored values of a Datencheck indicator. */
    public List<Observation> values(String indicatorKey) {
        return transaction(tx -> tx.datencheck().values(indicatorKey));
    }

    /** The present values of a Datencheck indicator, straight from the stored text (see {@link de.werkbank.datencheck.ValueSink}). */
    public void values(String indicatorKey, de.werkbank.datencheck.ValueSink sink) {
        transaction(tx -> {
            tx.datencheck().values(indicatorKey, sink);
            return null;
        });
    }

    /** The names of the Datencheck's sources, oldest first. */
    public List<String> dataSources() {
        return transaction(tx -> tx.datencheck().sources());
    }

    /** The Datencheck's imports with what they brought, oldest first. */
    public List<DataSource> dataSourceDetails() {
        return transaction(tx -> tx.datencheck().sourceDetails());
    }

    /** The areas' boundaries for the maps (WKB in WGS84). */
    public List<StoredBoundary> boundaries() {
        return transaction(tx -> tx.boundaries().all());
    }

    public List<Area> areas() {
        return transaction(tx -> tx.areas().all());
    }

    public int schemaVersion() {
        return transaction(tx -> Schema.installedVersion(connection()));
    }

    @Override
    public synchronized void close() {
        link.close();
    }

}
