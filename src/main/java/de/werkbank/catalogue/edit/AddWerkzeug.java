package de.werkbank.catalogue.edit;

import de.werkbank.catalogue.Werkzeug;
import de.werkbank.i18n.Messages;
import de.werkbank.plan.PlanCommand;
import de.werkbank.plan.PlanWriter;

/** Takes a new tool into the catalogue; undo removes it again (refused once a card uses it). */
public final class AddWerkzeug implements PlanCommand {

    private final Werkzeug tool;

    public AddWerkzeug(Werkzeug tool) {
        this.tool = tool;
    }

    @Override
    public String description() {
        return Messages.tr("command.addWerkzeug", tool.code(), tool.title());
    }

    @Override
    public void apply(PlanWriter plan) {
        CatalogueState.insert(plan.catalogue(), tool);
    }

    @Override
    public void revert(PlanWriter plan) {
        CatalogueState.delete(plan.catalogue(), tool);
    }

    @Override
    public Memento memento() {
        return new State(tool);
    }

    /** The state of this command, for the undo steps kept in the store. */
    public record State(Werkzeug tool) implements Memento {
        @Override
        public PlanCommand restore() {
            return new AddWerkzeug(tool);
        }
    }
}
