package de.werkbank.catalogue.edit;

import de.werkbank.catalogue.Kind;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.catalogue.WerkzeugChange;
import de.werkbank.i18n.Messages;
import de.werkbank.plan.PlanCommand;
import de.werkbank.plan.PlanWriter;

/**
 * Changes a tool: any of its fields, blue/green, or retires or restores it. Refused when the stored
 * tool is no longer what the user saw; cards that use the tool keep their link whatever changes.
 */
public final class EditWerkzeug implements PlanCommand {

    private final WerkzeugChange change;

    /** @param before the tool as the user saw it */
    public EditWerkzeug(Werkzeug before, Werkzeug after) {
        this(new WerkzeugChange(before, after));
    }

    private EditWerkzeug(WerkzeugChange change) {
        this.change = change;
    }

    /** Retires a tool ({@code retired} true) or brings it back into the catalogue. */
    public static EditWerkzeug retire(Werkzeug tool, boolean retired) {
        return new EditWerkzeug(tool, tool.withRetired(retired));
    }

    @Override
    public String description() {
        Werkzeug was = change.before();
        Werkzeug now = change.after();
        String key;
        if (was.retired() != now.retired()) {
            key = now.retired() ? "command.retireWerkzeug" : "command.restoreWerkzeug";
        } else if (was.kind() != now.kind() && change.changedFields().size() == 1) {
            key = now.kind() == Kind.BLUE ? "command.werkzeugBlue" : "command.werkzeugGreen";
        } else {
            key = "command.editWerkzeug";
        }
        return Messages.tr(key, now.code(), now.title());
    }

    @Override
    public void apply(PlanWriter plan) {
        CatalogueState.change(plan.catalogue(), change.before(), change.after());
    }

    @Override
    public void revert(PlanWriter plan) {
        CatalogueState.change(plan.catalogue(), change.after(), change.before());
    }

    @Override
    public Memento memento() {
        return new State(change);
    }

    /** The state of this command, for the undo steps kept in the store. */
    public record State(WerkzeugChange change) implements Memento {
        @Override
        public PlanCommand restore() {
            return new EditWerkzeug(change);
        }
    }
}
