package de.werkbank.catalogue;

/** Whether a Werkzeug exists already in the Kreis (blue: extend it) or is new (green). */
public enum Kind {
    BLUE,
    GREEN
}
