package de.werkbank.plan;

import de.werkbank.i18n.Messages;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one place that changes the plan: runs each {@link PlanCommand} in a transaction, records it in
 * the history, keeps the undo and redo stacks (stored with the plan, so they outlive a restart) and
 * tells its listeners that the plan changed.
 */
public final class PlanEditor {

    /** How many steps can be undone. */
    public static final int UNDO_LIMIT = 100;

    private final PlanTransactions transactions;
    private final Supplier<String> user;
    private final Clock clock;
    private final Deque<PlanCommand> undo = new ArrayDeque<>();
    private final Deque<PlanCommand> redo = new ArrayDeque<>();
    private final List<Consumer<PlanChange>> listeners = new CopyOnWriteArrayList<>();

    /** @param user who the history names for each change (asked at every change, so it may change) */
    public PlanEditor(PlanTransactions transactions, Supplier<String> user, Clock clock) {
        this.transactions = transactions;
        this.user = user;
        this.clock = clock;
        transactions.inTransactionWithUndo((plan, steps) -> {
            steps.load(UndoSteps.Stack.UNDO).forEach(m -> undo.addLast(m.restore()));
            steps.load(UndoSteps.Stack.REDO).forEach(m -> redo.addLast(m.restore()));
            return null;
        });
    }

    /** Applies and stores the command; on failure nothing is stored and the exception is passed on. */
    public void execute(PlanCommand command) {
        PlanChange change = run(command, true, "", steps -> {
            steps.push(UndoSteps.Stack.UNDO, command.memento());
            steps.trim(UndoSteps.Stack.UNDO, UNDO_LIMIT);
            steps.clear(UndoSteps.Stack.REDO);
        });
        undo.push(command);
        while (undo.size() > UNDO_LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        changed(change);
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The description of the step {@link #undo()} would take back. */
    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(PlanCommand::description);
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(PlanCommand::description);
    }

    public void undo() {
        PlanCommand command = undo.peek();
        if (command == null) {
            return;
        }
        PlanChange change = run(command, false, "history.undo", steps -> {
            steps.pop(UndoSteps.Stack.UNDO);
            steps.push(UndoSteps.Stack.REDO, command.memento());
        });
        redo.push(undo.pop());
        changed(change);
    }

    public void redo() {
        PlanCommand command = redo.peek();
        if (command == null) {
            return;
        }
        PlanChange change = run(command, true, "history.redo", steps -> {
            steps.pop(UndoSteps.Stack.REDO);
            steps.push(UndoSteps.Stack.UNDO, command.memento());
        });
        undo.push(redo.pop());
        changed(change);
    }

    /**
     * Forgets the undo and redo steps held in memory, when the plan was replaced as a whole (a snapshot
     * import, which also removes the stored ones): they refer to a plan that is gone.
     */
    public void forgetSteps() {
        undo.clear();
        redo.clear();
    }

    /** Told what every stored change touched (on the thread that made it). */
    public void addListener(Consumer<PlanChange> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<PlanChange> listener) {
        listeners.remove(listener);
    }

    /** Runs the command one way and {@code stacks} on the stored steps, in one transaction. */
    private PlanChange run(PlanCommand command, boolean forward, String prefixKey, Consumer<UndoSteps> stacks) {
        return transactions.inTransactionWithUndo((store, steps) -> {
            var plan = new RecordingPlanWriter(store);
            if (forward) {
                command.apply(plan);
            } else {
                command.revert(plan);
            }
            String description = prefixKey.isEmpty()
                    ? command.description()
                    : Messages.tr(prefixKey, command.description());
            plan.raiseCatalogueVersionIfChanged();
            plan.recordHistory(new HistoryEntry(UUID.randomUUID(), clock.instant(), user.get(), description, null),
                    command.memento());
            stacks.accept(steps);
            return plan.change();
        });
    }

    private void changed(PlanChange change) {
        listeners.forEach(l -> l.accept(change));
    }
}
