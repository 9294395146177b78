package de.werkbank.plan;

import de.werkbank.i18n.Messages;
import de.werkbank.sheet.SheetCheck;
import de.werkbank.sheet.SheetDiff;
import de.werkbank.sheet.Werkzeugblatt;
import java.util.List;

/**
 * Changes a card's Werkzeugblatt: any of its fields, indicators or steps. The first apply is refused
 * if the sheet changed since the user saw it (its version) or if the new sheet breaks a rule of
 * {@link SheetCheck}; undo and redo check that the sheet still holds what the last step left.
 */
public final class EditSheet implements PlanCommand {

    private final Werkzeugblatt before;
    private final Werkzeugblatt after;
    private final String cardTitle;
    private boolean applied;

    /**
     * @param before the sheet as the user saw it
     * @param after the same sheet with the user's changes
     */
    public EditSheet(Werkzeugblatt before, Werkzeugblatt after, String cardTitle) {
        if (!before.card().equals(after.card())) {
            throw new IllegalArgumentException("not the same sheet");
        }
        this.before = before;
        this.after = after.withVersion(before.version());
        this.cardTitle = cardTitle;
    }

    @Override
    public String description() {
        List<SheetDiff.Change> changes = SheetDiff.between(before, after);
        if (changes.size() != 1) {
            return Messages.tr("command.editSheet", cardTitle);
        }
        SheetDiff.Change c = changes.get(0);
        return switch (c.kind()) {
            case FIELD -> Messages.tr("command.editSheetField", cardTitle, Messages.tr(c.subject()));
            case STEP_ADDED -> Messages.tr("command.addStep", cardTitle, c.subject());
            case STEP_REMOVED -> Messages.tr("command.removeStep", cardTitle, c.subject());
            case STEP_COMPLETED -> Messages.tr("command.completeStep", cardTitle, c.subject());
            case STEP_EDITED -> Messages.tr("command.editStep", cardTitle, c.subject());
            case STEPS_REORDERED -> Messages.tr("command.reorderSteps", cardTitle);
            case MEASUREMENT_ADDED -> Messages.tr("command.addMeasurement", cardTitle, c.subject());
            case MEASUREMENT_EDITED -> Messages.tr("command.editMeasurement", cardTitle, c.subject());
            case MEASUREMENT_REMOVED -> Messages.tr("command.removeMeasurement", cardTitle, c.subject());
        };
    }

    @Override
    public void apply(PlanWriter plan) {
        if (!applied) {
            SheetCheck.blocking(after).ifPresent(p -> {
                throw new PlanRuleException(p.messageKey(), p.argument());
            });
        }
        replace(plan, applied ? before : null, after);
        applied = true;
    }

    @Override
    public void revert(PlanWriter plan) {
        replace(plan, after, before);
    }

    /** Stores {@code next} over the current sheet if that is {@code expected} (null: the version the user saw). */
    private void replace(PlanWriter plan, Werkzeugblatt expected, Werkzeugblatt next) {
        Werkzeugblatt current = plan.sheet(before.card());
        boolean unchanged = expected == null
                ? current.version() == before.version()
                : sameContent(current, expected);
        if (!unchanged) {
            throw new PlanConflictException(cardTitle);
        }
        plan.saveSheet(next.withVersion(current.version()), cardTitle);
    }

    private static boolean sameContent(Werkzeugblatt a, Werkzeugblatt b) {
        return a.withVersion(0).equals(b.withVersion(0));
    }

    @Override
    public Memento memento() {
        return new State(before, after, cardTitle, applied);
    }

    /** The state of this command, for the undo steps kept in the store. */
    public record State(Werkzeugblatt before, Werkzeugblatt after, String cardTitle, boolean applied) implements Memento {
        @Override
        public PlanCommand restore() {
            EditSheet c = new EditSheet(before, after, cardTitle);
            c.applied = applied;
            return c;
        }
    }
}
