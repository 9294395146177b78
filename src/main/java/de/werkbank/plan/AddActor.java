package de.werkbank.plan;

import de.werkbank.i18n.Messages;
import de.werkbank.sheet.Actor;

/** Adds an office or a person to the registry. */
public final class AddActor implements PlanCommand {

    private final Actor actor;

    public AddActor(Actor actor) {
        this.actor = actor;
    }

    @Override
    public String description() {
        return Messages.tr(actor.kind() == Actor.Kind.OFFICE ? "command.addOffice" : "command.addPerson", actor.name());
    }

    @Override
    public void apply(PlanWriter plan) {
        if (!plan.insertActor(actor)) {
            throw new PlanRuleException("actor.exists", actor.name());
        }
    }

    @Override
    public void revert(PlanWriter plan) {
        plan.deleteActor(actor.id());
    }

    @Override
    public Memento memento() {
        return new State(actor);
    }

    /** The state of this command, for the undo steps kept in the store. */
    public record State(Actor actor) implements Memento {
        @Override
        public PlanCommand restore() {
            return new AddActor(actor);
        }
    }
}
