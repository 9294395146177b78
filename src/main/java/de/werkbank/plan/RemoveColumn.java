package de.werkbank.plan;

import de.werkbank.i18n.Messages;

/** Removes an empty column (a column with cards is refused: move or archive its cards first). */
public final class RemoveColumn implements PlanCommand {

    private final PlanColumn column;

    public RemoveColumn(PlanColumn column) {
        this.column = column;
    }

    @Override
    public String description() {
        return Messages.tr("command.removeColumn", column.name());
    }

    @Override
    public void apply(PlanWriter plan) {
        if (plan.countAbove(column.id(), Long.MAX_VALUE) > 0) {
            throw new PlanRuleException("plan.columnNotEmpty", column.name());
        }
        plan.deleteColumn(column.id());
    }

    @Override
    public void revert(PlanWriter plan) {
        plan.insertColumn(new PlanColumn(column.id(), column.name(), column.position(), column.wipLimit(), 0));
    }

    @Override
    public Memento memento() {
        return new State(column);
    }

    /** The state of this command, for the undo steps kept in the store. */
    public record State(PlanColumn column) implements Memento {
        @Override
        public PlanCommand restore() {
            return new RemoveColumn(column);
        }
    }
}
