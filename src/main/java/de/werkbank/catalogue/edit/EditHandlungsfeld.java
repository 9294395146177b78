package de.werkbank.catalogue.edit;

import de.werkbank.catalogue.FieldChange;
import de.werkbank.i18n.Messages;
import de.werkbank.plan.PlanCommand;
import de.werkbank.plan.PlanWriter;
import java.util.List;

/**
 * Renames a Handlungsfeld, gives it another colour or rewrites its Zukunftsbild; its key stays, so
 * tools and cards keep their field. Board, filters and legends show the new name and colour.
 */
public final class EditHandlungsfeld implements PlanCommand {

    private final FieldChange change;

    public EditHandlungsfeld(FieldChange change) {
        this.change = change;
    }

    @Override
    public String description() {
        return Messages.tr("command.editHandlungsfeld", change.after().shortName());
    }

    @Override
    public void apply(PlanWriter plan) {
        CatalogueState.fieldsForward(plan.catalogue(), List.of(change));
    }

    @Override
    public void revert(PlanWriter plan) {
        CatalogueState.fieldsBack(plan.catalogue(), List.of(change));
    }

    @Override
    public Memento memento() {
        return new State(change);
    }

    /** The state of this command, for the undo steps kept in the store. */
    public record State(FieldChange change) implements Memento {
        @Override
        public PlanCommand restore() {
            return new EditHandlungsfeld(change);
        }
    }
}
