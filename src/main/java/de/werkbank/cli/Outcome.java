package de.werkbank.cli;

import de.werkbank.store.StoreLocation;

/** What the command line decided: exit with a code, or open the window on a store. */
public sealed interface Outcome {

    /** A command ran (or the arguments were wrong): exit with this code. */
    record Exit(int code) implements Outcome {
    }

    /** No command was given: open the window on this store. */
    record OpenWindow(StoreLocation store) implements Outcome {
    }
}
