package de.werkbank.plan;

import de.werkbank.i18n.Messages;
import java.util.Objects;

/**
 * Renames a column or changes its WIP limit. The first apply is refused if the column changed since
 * the user saw it; undo and redo check that it still has the values the last step left.
 */
public final class EditColumn implements PlanCommand {

    private final PlanColumn before;
    private final PlanColumn after;
    private boolean applied;

    /**
     * @param before the column as the user saw it
     * @param after the same column with its new name or limit
     */
    public EditColumn(PlanColumn before, PlanColumn after) {
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("not the same column");
        }
        this.before = before;
        this.after = after;
    }

    @Override
    public String description() {
        if (!before.name().equals(after.name())) {
            return Messages.tr("command.renameColumn", before.name(), after.name());
        }
        return after.wipLimit() == null
                ? Messages.tr("command.clearWipLimit", after.name())
                : Messages.tr("command.setWipLimit", after.name(), after.wipLimit());
    }

    @Override
    public void apply(PlanWriter plan) {
        PlanColumn current = current(plan);
        if (applied ? !sameValues(current, before) : current.version() != before.version()) {
            throw new PlanConflictException(current.name());
        }
        store(plan, current, after);
        applied = true;
    }

    @Override
    public void revert(PlanWriter plan) {
        PlanColumn current = current(plan);
        if (!sameValues(current, after)) {
            throw new PlanConflictException(current.name());
        }
        store(plan, current, before);
    }

    private PlanColumn current(PlanWriter plan) {
        return plan.columns().stream().filter(c -> c.id().equals(before.id())).findFirst()
                .orElseThrow(() -> new PlanConflictException(before.name()));
    }

    private static boolean sameValues(PlanColumn a, PlanColumn b) {
        return a.name().equals(b.name()) && Objects.equals(a.wipLimit(), b.wipLimit());
    }

    private static void store(PlanWriter plan, PlanColumn current, PlanColumn values) {
        plan.updateColumn(current.named(values.name()).limitedTo(values.wipLimit()));
    }

    @Override
    public Memento memento() {
        return new State(before, after, applied);
    }

    /** The state of this command, for the undo steps kept in the store. */
    public record State(PlanColumn before, PlanColumn after, boolean applied) implements Memento {
        @Override
        public PlanCommand restore() {
            EditColumn c = new EditColumn(before, after);
            c.applied = applied;
            return c;
        }
    }
}
