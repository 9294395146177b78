package de.werkbank.catalogue;

import java.util.UUID;

/**
 * What catalogue commands may read and change, inside the transaction the plan editor opened.
 * Implemented by the store; this package knows no SQL.
 */
public interface CatalogueWriter {

    /** The catalogue as stored now, retired tools included. */
    Catalogue load();

    void insertWerkzeug(Werkzeug tool);

    /** Stores every field of the tool with this id (its retired flag too); raises the row's version. */
    void updateWerkzeug(Werkzeug tool);

    /** Removes a tool no card uses. */
    void deleteWerkzeug(UUID id);

    /** How many cards (on the board or in the archive) use the tool. */
    int cardsUsing(UUID tool);

    /** Stores the names and colour of the Handlungsfeld with this key; raises the row's version. */
    void updateHandlungsfeld(Handlungsfeld field);

    /** Sets the field's Zukunftsbild (an empty text keeps an empty one). */
    void setZukunftsbild(String handlungsfeldKey, String text);

    /** The catalogue's own version, raised once by every stored change of the catalogue. */
    int version();

    void raiseVersion();
}
