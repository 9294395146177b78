package de.werkbank.map;

import de.werkbank.datencheck.ProfileTable;

/** What a map shows: a figure the Datencheck derives, or an indicator shown as it was imported. */
public sealed interface MapFigure {

    /** A figure derived from the population by age and the movements (Altenquotient, …). */
    record Derived(ProfileTable.Column column) implements MapFigure {
    }

    /**
     * An indicator imported as it is (a survey's rate, say).
     *
     * @param key the indicator's key, as the command line names it
     * @param name its display name
     */
    record Measured(String key, String name) implements MapFigure {
    }
}
