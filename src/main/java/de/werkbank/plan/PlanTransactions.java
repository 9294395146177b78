package de.werkbank.plan;

import java.util.function.BiFunction;
import java.util.function.Function;

/** Runs work on the plan in one transaction: all of it is stored, or none. */
public interface PlanTransactions {

    <T> T inTransaction(Function<PlanWriter, T> work);

    /** As {@link #inTransaction}, with the editor's undo and redo steps in the same transaction. */
    <T> T inTransactionWithUndo(BiFunction<PlanWriter, UndoSteps, T> work);

    /**
     * As above, with the undo and redo steps of {@code user}: in a shared store each user's own
     * (undoing never reverts a colleague's change); by default the one stack of the store.
     */
    default <T> T inTransactionWithUndo(String user, BiFunction<PlanWriter, UndoSteps, T> work) {
        return inTransactionWithUndo(work);
    }

    /**
     * Tells the other clients of a shared store what the change being stored touched; called inside
     * the change's transaction, so they hear of it exactly when it is committed. Nothing by default.
     */
    default void announce(PlanChange change) {
    }
}
