package de.werkbank.store;

import de.werkbank.plan.UndoSteps;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.List;
import java.time.ZoneOffset;

/** The tables of a store, as seen inside one transaction. */
public final class StoreTransaction {

    private final Connection connection;
    private final StoreLocation location;
    private PlanRows plan;

    StoreTransaction(Connection connection, StoreLocation location) {
        this.connection = connection;
        this.location = location;
    }

    Connection connection() {
        return connection;
    }

    StoreLocation location() {
        return location;
    }

    public CatalogueRows catalogue() {
        return new CatalogueRows(connection);
    }

    public PlanRows plan() {
        if (plan == null) {
            plan = new PlanRows(connection);
        }
        return plan;
    }

    public SheetRows sheets() {
        return new SheetRows(connection);
    }

    public ActorRows actors() {
        return new ActorRows(connection);
    }

    /** The whole content at once, for snapshots. */
    public ContentRows content() {
        return new ContentRows(connection, this);
    }

    /** The plan editor's undo and redo steps. */
    public UndoSteps undoSteps() {
        return new UndoRows(connection, "");
    }

    /** The undo and redo steps of one owner (a user of a shared store; '' in an embedded one). */
    public UndoSteps undoSteps(String owner) {
        return new UndoRows(connection, owner);
    }

    /** The Datencheck's indicators and values. */
    public DatencheckRows datencheck() {
        return new DatencheckRows(connection);
    }

    /** The plan's vote rounds and value/effort matrix. */
    public WorkshopRows workshop() {
        return new WorkshopRows(connection);
    }

    /** The plan's reviews (Halbzeitbilanz). */
    public ReviewRows reviews() {
        return new ReviewRows(connection);
    }

    /** Where imported cards came from. */
    public de.werkbank.plan.CardSources cardSources() {
        return new CardSourceRows(connection);
    }

    /** The areas' boundaries for the maps. */
    public BoundaryRows boundaries() {
        return new BoundaryRows(connection);
    }

    public AreaRows areas() {
        return new AreaRows(connection);
    }

    /** How far the content has come (one query): tells whether anyone changed the store since. */
    /**
     * Waits for another writer of the catalogue to finish, then refuses (a {@link StoreException}) if
     * the store is no longer as {@code stamp} says: what came since would be lost unreported.
     */
    public void checkUnchangedSince(ChangeStamp stamp) {
        ChangeStamp.lockAndCheck(connection, stamp);
    }

    public ChangeStamp changeStamp() {
        return ChangeStamp.read(connection);
    }

    List<String> logEntries() {
        return Sql.list(connection, "select event, details from store_log order by id",
                rs -> rs.getString(1) + ": " + rs.getString(2));
    }

    /** Notes an event of the store itself (init, seeding, imports) in its own log, not in the plan's history. */
    public void log(String event, String details) {
        Sql.update(connection, "insert into store_log (at, event, details) values (?, ?, ?)",
                OffsetDateTime.now(ZoneOffset.UTC), event, details);
    }
}
