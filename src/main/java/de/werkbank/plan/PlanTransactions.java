package de.werkbank.plan;

import java.util.function.BiFunction;
import java.util.function.Function;

/** Runs work on the plan in one transaction: all of it is stored, or none. */
public interface PlanTransactions {

    <T> T inTransaction(Function<PlanWriter, T> work);

    /** As {@link #inTransaction}, with the editor's undo and redo steps in the same transaction. */
    <T> T inTransactionWithUndo(BiFunction<PlanWriter, UndoSteps, T> work);
}
