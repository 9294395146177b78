package de.werkbank.plan;

import de.werkbank.i18n.Messages;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The one place that changes the plan: runs each {@link PlanCommand} in a transaction, records it in
 * the history, keeps the undo and redo stacks and tells its listeners that the plan changed.
 */
public final class PlanEditor {

    /** How many steps can be undone. */
    public static final int UNDO_LIMIT = 100;

    private final PlanTransactions transactions;
    private final String user;
    private final Clock clock;
    private final Deque<PlanCommand> undo = new ArrayDeque<>();
    private final Deque<PlanCommand> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public PlanEditor(PlanTransactions transactions, String user, Clock clock) {
        this.transactions = transactions;
        this.user = user;
        this.clock = clock;
    }

    /** Applies and stores the command; on failure nothing is stored and the exception is passed on. */
    public void execute(PlanCommand command) {
        run(command, true, "");
        undo.push(command);
        while (undo.size() > UNDO_LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        changed();
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
        run(command, false, "history.undo");
        redo.push(undo.pop());
        changed();
    }

    public void redo() {
        PlanCommand command = redo.peek();
        if (command == null) {
            return;
        }
        run(command, true, "history.redo");
        undo.push(redo.pop());
        changed();
    }

    /** Called after every stored change (on the thread that made it). */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void run(PlanCommand command, boolean forward, String prefixKey) {
        transactions.inTransaction(plan -> {
            if (forward) {
                command.apply(plan);
            } else {
                command.revert(plan);
            }
            String description = prefixKey.isEmpty()
                    ? command.description()
                    : Messages.tr(prefixKey, command.description());
            plan.recordHistory(new HistoryEntry(UUID.randomUUID(), clock.instant(), user, description));
            return null;
        });
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
