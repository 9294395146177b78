package de.werkbank.plan;

import de.werkbank.catalogue.CatalogueWriter;
import de.werkbank.review.ReviewWriter;
import de.werkbank.sheet.Actor;
import de.werkbank.sheet.Werkzeugblatt;
import de.werkbank.workshop.WorkshopWriter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What plan commands may read and change, inside the transaction the {@link PlanEditor} opened.
 * Implemented by the store; the plan package knows no SQL.
 */
public interface PlanWriter {

    Optional<Card> card(UUID id);

    /** The column's not archived cards, top to bottom. */
    List<Card> cardsIn(UUID columnId);

    /**
     * The positions of the cards that would stand just above and just below a card placed at
     * {@code index} among the column's cards other than {@code except} ({@code null}: none left out);
     * an index past the end means the end. Reads two cards, not the column.
     */
    Neighbours neighbours(UUID columnId, int index, UUID except);

    /** Positions around a place in a column; {@code null} at an open end. */
    record Neighbours(Long above, Long below) {
    }

    /** How many of the column's cards stand above {@code position}. */
    int countAbove(UUID columnId, long position);

    void insertCard(Card card);

    void deleteCard(UUID id);

    /**
     * Moves a card to a column and position and gives it a Handlungsfeld (usually the one it has), if
     * its stored version is still {@code expectedVersion}.
     *
     * @param handlungsfeld the key of the card's Handlungsfeld from now on
     * @return the card as now stored (its version raised)
     * @throws PlanConflictException when someone else changed the card meanwhile
     */
    Card placeCard(UUID id, UUID columnId, long position, String handlungsfeld, int expectedVersion);

    /**
     * Gives a card (on the board or archived) another title and tool, if its stored version is still
     * {@code expectedVersion}.
     *
     * @return the card as now stored (its version raised)
     * @throws PlanConflictException when someone else changed the card meanwhile, or it is gone
     */
    Card retitleCard(UUID id, String title, UUID werkzeug, int expectedVersion);

    /** A card in the archive, or empty. */
    Optional<Card> archivedCard(UUID id);

    /**
     * Takes a card off the board into the archive, or back ({@code archived} false), if its stored
     * version is still {@code expectedVersion} and it is not already where it is to go; raises its version.
     *
     * @throws PlanConflictException when someone else changed, archived or restored the card meanwhile
     */
    void setArchived(UUID id, boolean archived, int expectedVersion);

    /**
     * Gives the column's cards fresh, evenly gapped positions in their present order. Only the layout
     * changes, so the cards' versions stay as they are.
     */
    void renumber(UUID columnId);

    /** Whether the board shows the plan's cards in swimlanes by Handlungsfeld. */
    boolean swimlanes();

    /** The plan row's version (raised by changes of the plan itself, such as the swimlanes). */
    int planVersion();

    /**
     * Switches the swimlanes on or off if the plan's version is still {@code expectedVersion}; raises it.
     *
     * @throws PlanConflictException when someone else changed the plan row meanwhile
     */
    void setSwimlanes(boolean on, int expectedVersion);

    /** The plan's columns, in order. */
    List<PlanColumn> columns();

    /** Adds a column; the columns from its position on move one to the right. */
    void insertColumn(PlanColumn column);

    /**
     * Stores a column's name, WIP limit and position, if its stored version is still the column's.
     *
     * @return the column as now stored (its version raised)
     * @throws PlanConflictException when someone else changed the column meanwhile
     */
    PlanColumn updateColumn(PlanColumn column);

    /** Removes an empty column; the columns after it move one to the left. */
    void deleteColumn(UUID columnId);

    /** The card's Werkzeugblatt; a blank one (version 0) when nobody filled it in yet. */
    Werkzeugblatt sheet(UUID card);

    /**
     * Stores a sheet, if the stored one still has the sheet's version.
     *
     * @param cardTitle names the card in a conflict message
     * @return the sheet as now stored (its version raised)
     * @throws PlanConflictException when someone else changed the sheet meanwhile, or its card is gone
     */
    Werkzeugblatt saveSheet(Werkzeugblatt sheet, String cardTitle);

    /** The registry of offices and people. */
    List<Actor> actors();

    /** Adds an office or person to the registry; false if one of its kind and name is there already. */
    boolean insertActor(Actor actor);

    void deleteActor(UUID id);

    /** The Werkzeugkatalog, for catalogue commands (they run through the same editor as the plan's). */
    CatalogueWriter catalogue();

    /**
     * Notes a change in the history, with the state of the command that made it (after it ran).
     *
     * @return the entry's number: every new entry gets a higher one than all before
     */
    long recordHistory(HistoryEntry entry, PlanCommand.Memento change);

    /**
     * Adds an entry that tells of something before this change (a comment an import brings along);
     * it gets a number like any entry but belongs to no command.
     */
    void insertHistoryEntry(HistoryEntry entry);

    /** Removes such an entry again (undoing the import that brought it). */
    void deleteHistoryEntry(UUID id);

    /** The number of the history's newest entry, 0 when the history is empty. */
    long historyMark();

    /** The history's entries numbered above {@code mark}, oldest first. */
    List<HistoryEntry> historySince(long mark);

    /** The plan's vote rounds and value/effort matrix. */
    WorkshopWriter workshop();

    /** The plan's reviews (Halbzeitbilanz). */
    ReviewWriter reviews();

    /** Where imported cards came from (their source ids). */
    CardSources cardSources();
}
