package de.werkbank.plan;

import de.werkbank.i18n.Messages;
import java.util.Objects;
import java.util.UUID;

/**
 * Gives a card, on the board or in the archive, another title and the tool it uses (a re-import
 * whose source renamed the measure). Refused when someone changed either meanwhile. It runs as a part
 * of {@code ImportMeasures} (whose memento holds its state), not as a step of its own, so its state is
 * not among the store's mementos.
 *
 * @param fromTool the tool the card uses before; {@code toTool} the one after
 */
public final class RetitleCard implements PlanCommand {

    private final UUID card;
    private final String fromTitle;
    private final UUID fromTool;
    private final String toTitle;
    private final UUID toTool;

    public RetitleCard(Card card, String toTitle, UUID toTool) {
        this(card.id(), card.title(), card.werkzeug(), toTitle, toTool);
    }

    private RetitleCard(UUID card, String fromTitle, UUID fromTool, String toTitle, UUID toTool) {
        this.card = Objects.requireNonNull(card, "card");
        this.fromTitle = Objects.requireNonNull(fromTitle, "fromTitle");
        this.fromTool = Objects.requireNonNull(fromTool, "fromTool");
        this.toTitle = Objects.requireNonNull(toTitle, "toTitle");
        this.toTool = Objects.requireNonNull(toTool, "toTool");
    }

    @Override
    public String description() {
        return Messages.tr("command.retitleCard", fromTitle, toTitle);
    }

    @Override
    public void apply(PlanWriter plan) {
        change(plan, fromTitle, fromTool, toTitle, toTool);
    }

    @Override
    public void revert(PlanWriter plan) {
        change(plan, toTitle, toTool, fromTitle, fromTool);
    }

    private void change(PlanWriter plan, String title, UUID tool, String newTitle, UUID newTool) {
        Card now = plan.card(card).or(() -> plan.archivedCard(card))
                .orElseThrow(() -> new PlanConflictException(title));
        if (!now.title().equals(title) || !now.werkzeug().equals(tool)) {
            throw new PlanConflictException(title);
        }
        plan.retitleCard(card, newTitle, newTool, now.version());
    }

    @Override
    public Memento memento() {
        return new State(card, fromTitle, fromTool, toTitle, toTool);
    }

    /** The state of this command, for the undo steps kept in the store. */
    public record State(UUID card, String fromTitle, UUID fromTool, String toTitle, UUID toTool) implements Memento {
        @Override
        public PlanCommand restore() {
            return new RetitleCard(card, fromTitle, fromTool, toTitle, toTool);
        }
    }
}
