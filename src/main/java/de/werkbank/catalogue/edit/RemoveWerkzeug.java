package de.werkbank.catalogue.edit;

import de.werkbank.catalogue.Werkzeug;
import de.werkbank.i18n.Messages;
import de.werkbank.plan.PlanCommand;
import de.werkbank.plan.PlanWriter;

/**
 * Deletes a tool outright, which only a tool no card uses may be (others are retired instead); undo
 * puts it back as it was.
 */
public final class RemoveWerkzeug implements PlanCommand {

    private final Werkzeug tool;

    /** @param tool the tool as the user saw it */
    public RemoveWerkzeug(Werkzeug tool) {
        this.tool = tool;
    }

    @Override
    public String description() {
        return Messages.tr("command.removeWerkzeug", tool.code(), tool.title());
    }

    @Override
    public void apply(PlanWriter plan) {
        CatalogueState.delete(plan.catalogue(), tool);
    }

    @Override
    public void revert(PlanWriter plan) {
        CatalogueState.insert(plan.catalogue(), tool);
    }

    @Override
    public Memento memento() {
        return new State(tool);
    }

    /** The state of this command, for the undo steps kept in the store. */
    public record State(Werkzeug tool) implements Memento {
        @Override
        public PlanCommand restore() {
            return new RemoveWerkzeug(tool);
        }
    }
}
