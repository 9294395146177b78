package de.werkbank.catalogue;

import java.util.Map;
import java.util.UUID;

/**
 * What catalogue commands may read and change, inside the transaction the plan editor opened.
 * Implemented by the store; this package knows no SQL.
 */
public interface CatalogueWriter {

    /** The catalogue as stored now, retired tools included. */
    Catalogue load();

    void insertWerkzeug(Werkzeug tool);

    /** The stored version of every tool, by id (read before the check that the tool is as seen). */
    Map<UUID, Integer> werkzeugVersions();

    /**
     * Stores every field of the tool with this id (its retired flag too) if its stored version is still
     * {@code expectedVersion}; raises the row's version.
     *
     * @throws de.werkbank.plan.PlanConflictException when someone else changed or removed the tool meanwhile
     */
    void updateWerkzeug(Werkzeug tool, int expectedVersion);

    /** Removes a tool no card uses, if its stored version is still {@code expectedVersion}. */
    void deleteWerkzeug(Werkzeug tool, int expectedVersion);

    /** How many cards (on the board or in the archive) use the tool. */
    int cardsUsing(UUID tool);

    /**
     * The stored version of every Handlungsfeld and of its Zukunftsbild, by the field's key (a field
     * without a Zukunftsbild has version 0 for it).
     */
    Map<String, FieldVersions> handlungsfeldVersions();

    /** The versions of a Handlungsfeld's row and of its Zukunftsbild's row (0: none stored). */
    record FieldVersions(int field, int vision) {
    }

    /**
     * Stores the names and colour of the Handlungsfeld with this key if its stored version is still
     * {@code expectedVersion}; raises the row's version.
     *
     * @throws de.werkbank.plan.PlanConflictException when someone else changed the field meanwhile
     */
    void updateHandlungsfeld(Handlungsfeld field, int expectedVersion);

    /**
     * Sets the field's Zukunftsbild (an empty text keeps an empty one) if its stored version is still
     * {@code expectedVersion} (0: the field has none yet).
     *
     * @throws de.werkbank.plan.PlanConflictException when someone else changed it meanwhile
     */
    void setZukunftsbild(Handlungsfeld field, String text, int expectedVersion);

    /** The catalogue's own version, raised once by every stored change of the catalogue. */
    int version();

    void raiseVersion();
}
