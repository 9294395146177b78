package de.werkbank.sheet;

/** The fields of a Werkzeugblatt a check can point at. */
public enum SheetField {
    GOAL, START, END, BUDGET, INDICATORS, DEPENDS_ON, STEPS
}
