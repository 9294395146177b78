package de.werkbank.plan;

import de.werkbank.i18n.Messages;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one place that changes the plan: runs each {@link PlanCommand} in a transaction, records it in
 * the history, keeps the undo and redo stacks (stored with the plan, so they outlive a restart) and
 * tells its listeners that the plan changed.
 *
 * <p>Undo and redo never take back someone else's change: a step is undone (or redone) only if every
 * entry of the history after the one the step left was written by this editor; otherwise it is refused
 * with a {@link PlanConflictException} naming the other change (see ADR 14).
 */
public final class PlanEditor {

    /** How many steps can be undone. */
    public static final int UNDO_LIMIT = 100;

    private final PlanTransactions transactions;
    private final Supplier<String> user;
    private final Clock clock;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    /** The history entries this editor wrote. */
    private final Set<UUID> own = new HashSet<>();

    /**
     * A command on a stack, with the number of the history entry after which the plan is as the step
     * left it (the entry it wrote; for steps read from the store, the newest entry when they were read).
     */
    private record Step(PlanCommand command, long mark) {
    }

    /** What a run stored: what it touched, and the number of its history entry. */
    private record Ran(PlanChange change, long mark) {
    }
    private final List<Consumer<PlanChange>> listeners = new CopyOnWriteArrayList<>();

    /** @param user who the history names for each change (asked at every change, so it may change) */
    public PlanEditor(PlanTransactions transactions, Supplier<String> user, Clock clock) {
        this.transactions = transactions;
        this.user = user;
        this.clock = clock;
        transactions.inTransactionWithUndo(user.get(), (plan, steps) -> {
            long mark = plan.historyMark();
            steps.load(UndoSteps.Stack.UNDO).forEach(m -> undo.addLast(new Step(m.restore(), mark)));
            steps.load(UndoSteps.Stack.REDO).forEach(m -> redo.addLast(new Step(m.restore(), mark)));
            return null;
        });
    }

    /** Applies and stores the command; on failure nothing is stored and the exception is passed on. */
    public void execute(PlanCommand command) {
        Ran ran = run(command, true, "", -1, steps -> {
            steps.push(UndoSteps.Stack.UNDO, command.memento());
            steps.trim(UndoSteps.Stack.UNDO, UNDO_LIMIT);
            steps.clear(UndoSteps.Stack.REDO);
        });
        undo.push(new Step(command, ran.mark()));
        while (undo.size() > UNDO_LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        changed(ran.change());
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The description of the step {@link #undo()} would take back. */
    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(s -> s.command().description());
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(s -> s.command().description());
    }

    /**
     * Takes back the newest step.
     *
     * @throws PlanConflictException when the plan was changed elsewhere after the step (nothing is
     *                               undone, the step stays), or the step's data is gone
     */
    public void undo() {
        Step step = undo.peek();
        if (step == null) {
            return;
        }
        PlanCommand command = step.command();
        Ran ran = run(command, false, "history.undo", step.mark(), steps -> {
            steps.pop(UndoSteps.Stack.UNDO);
            steps.push(UndoSteps.Stack.REDO, command.memento());
        });
        undo.pop();
        redo.push(new Step(command, ran.mark()));
        changed(ran.change());
    }

    /** Makes the newest undone step again; refused like {@link #undo()}. */
    public void redo() {
        Step step = redo.peek();
        if (step == null) {
            return;
        }
        PlanCommand command = step.command();
        Ran ran = run(command, true, "history.redo", step.mark(), steps -> {
            steps.pop(UndoSteps.Stack.REDO);
            steps.push(UndoSteps.Stack.UNDO, command.memento());
        });
        redo.pop();
        undo.push(new Step(command, ran.mark()));
        changed(ran.change());
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

    /**
     * Runs the command one way and {@code stacks} on the stored steps, in one transaction.
     *
     * @param since for undo and redo, the history entry after which the plan must hold only this
     *              editor's changes (-1: no check)
     */
    private Ran run(PlanCommand command, boolean forward, String prefixKey, long since, Consumer<UndoSteps> stacks) {
        return transactions.inTransactionWithUndo(user.get(), (store, steps) -> {
            if (since >= 0) {
                refuseOthersChanges(store, since, forward);
            }
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
            UUID entry = UUID.randomUUID();
            long mark = plan.recordHistory(new HistoryEntry(entry, clock.instant(), user.get(), description, null),
                    command.memento());
            stacks.accept(steps);
            own.add(entry);
            PlanChange change = plan.change();
            transactions.announce(change);
            return new Ran(change, mark);
        });
    }

    /** Throws if someone else wrote to the history after entry {@code since}, or the history was replaced. */
    private void refuseOthersChanges(PlanWriter plan, long since, boolean redoing) {
        String what = redoing ? "redo" : "undo";
        if (plan.historyMark() < since) {
            throw PlanConflictException.replacedMeanwhile(what);
        }
        List<HistoryEntry> others = plan.historySince(since).stream().filter(e -> !own.contains(e.id())).toList();
        if (!others.isEmpty()) {
            HistoryEntry newest = others.get(others.size() - 1);
            throw PlanConflictException.changedMeanwhile(what, newest.description(), newest.who(), others.size() - 1);
        }
    }

    /**
     * A change a colleague stored in the shared store: the listeners hear of it as of this editor's own
     * changes, so the views update just what it touched. Call on the thread the views expect.
     */
    public void changedElsewhere(PlanChange change) {
        changed(change);
    }

    private void changed(PlanChange change) {
        listeners.forEach(l -> l.accept(change));
    }
}
