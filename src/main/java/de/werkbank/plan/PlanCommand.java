package de.werkbank.plan;

/**
 * One change of the plan that knows how to apply and revert itself. Commands run only through the
 * {@link PlanEditor}, each inside a transaction.
 */
public interface PlanCommand {

    /** What the change does, in the UI language, e.g. "Karte ›Bürgerbus‹ nach ›In Planung‹ verschoben". */
    String description();

    void apply(PlanWriter plan);

    /** Undoes {@link #apply}; called only after it. */
    void revert(PlanWriter plan);

    /**
     * Everything the command knows, as it stands now (after {@link #apply} or {@link #revert}), so the
     * undo and redo steps outlive a restart.
     */
    Memento memento();

    /** A command's state as a plain record of values; {@link #restore()} gives the command back. */
    interface Memento {
        PlanCommand restore();
    }
}
