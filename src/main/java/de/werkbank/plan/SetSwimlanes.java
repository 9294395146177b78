package de.werkbank.plan;

import de.werkbank.i18n.Messages;

/**
 * Switches the board's swimlanes by Handlungsfeld on or off. Refused when the plan already shows what
 * the user asked for (someone else switched meanwhile); undo and redo check the same. The write is
 * made only if the plan row still has the version read before that check.
 */
public final class SetSwimlanes implements PlanCommand {

    private final boolean on;

    public SetSwimlanes(boolean on) {
        this.on = on;
    }

    @Override
    public String description() {
        return Messages.tr(on ? "command.swimlanesOn" : "command.swimlanesOff");
    }

    @Override
    public void apply(PlanWriter plan) {
        set(plan, !on, on);
    }

    @Override
    public void revert(PlanWriter plan) {
        set(plan, on, !on);
    }

    private static void set(PlanWriter plan, boolean expected, boolean wanted) {
        int version = plan.planVersion();
        if (plan.swimlanes() != expected) {
            throw PlanConflictException.swimlanes();
        }
        plan.setSwimlanes(wanted, version);
    }

    @Override
    public Memento memento() {
        return new State(on);
    }

    /** The state of this command, for the undo steps kept in the store. */
    public record State(boolean on) implements Memento {
        @Override
        public PlanCommand restore() {
            return new SetSwimlanes(on);
        }
    }
}
