package de.werkbank.plan;

import de.werkbank.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/** Moves a column to another place in the board's order. */
public final class MoveColumn implements PlanCommand {

    private final PlanColumn column;
    private final int target;
    private int from = -1;

    public MoveColumn(PlanColumn column, int target) {
        this.column = column;
        this.target = target;
    }

    @Override
    public String description() {
        return Messages.tr("command.moveColumn", column.name());
    }

    @Override
    public void apply(PlanWriter plan) {
        from = place(plan, target);
    }

    @Override
    public void revert(PlanWriter plan) {
        place(plan, from);
    }

    /** Puts the column at {@code index} and renumbers the others; returns where it stood. */
    private int place(PlanWriter plan, int index) {
        List<PlanColumn> order = new ArrayList<>(plan.columns());
        int was = -1;
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id().equals(column.id())) {
                was = i;
            }
        }
        if (was < 0) {
            throw new PlanConflictException(column.name());
        }
        PlanColumn moving = order.remove(was);
        order.add(Math.max(0, Math.min(index, order.size())), moving);
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).position() != i) {
                plan.updateColumn(order.get(i).at(i));
            }
        }
        return was;
    }

    @Override
    public Memento memento() {
        return new State(column, target, from);
    }

    /** The state of this command, for the undo steps kept in the store. */
    public record State(PlanColumn column, int target, int from) implements Memento {
        @Override
        public PlanCommand restore() {
            MoveColumn c = new MoveColumn(column, target);
            c.from = from;
            return c;
        }
    }
}
