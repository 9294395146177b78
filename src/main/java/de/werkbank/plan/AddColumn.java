package de.werkbank.plan;

import de.werkbank.i18n.Messages;
import java.util.UUID;

/** Adds an empty column at a position of the board. */
public final class AddColumn implements PlanCommand {

    private final PlanColumn column;

    public AddColumn(String name, int position) {
        this(new PlanColumn(UUID.randomUUID(), name, position, null, 0));
    }

    private AddColumn(PlanColumn column) {
        this.column = column;
    }

    @Override
    public String description() {
        return Messages.tr("command.addColumn", column.name());
    }

    @Override
    public void apply(PlanWriter plan) {
        plan.insertColumn(column.at(Math.max(0, Math.min(column.position(), plan.columns().size()))));
    }

    @Override
    public void revert(PlanWriter plan) {
        if (plan.countAbove(column.id(), Long.MAX_VALUE) > 0) {
            throw new PlanConflictException(column.name());
        }
        plan.deleteColumn(column.id());
    }

    @Override
    public Memento memento() {
        return new State(column);
    }

    /** The state of this command, for the undo steps kept in the store. */
    public record State(PlanColumn column) implements Memento {
        @Override
        public PlanCommand restore() {
            return new AddColumn(column);
        }
    }
}
