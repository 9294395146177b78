package de.werkbank.plan;

import de.werkbank.i18n.Messages;
import java.util.UUID;

/**
 * Moves a card to an index of a column (the same column or another).
 *
 * <p>The first apply is refused if the card changed since the user saw it (its version). Undo and redo
 * run in stack order, after every later change was undone, so they check only that the card still
 * stands in the column the move left it in (or took it from).
 */
public final class MoveCard implements PlanCommand {

    private final UUID cardId;
    private final String title;
    private final int seenVersion;
    private final PlanColumn target;
    private final int targetIndex;
    private boolean applied;
    private UUID fromColumn;
    private long fromPosition;
    private int fromIndex;
    private boolean renumbered;

    /**
     * @param card the card as the user saw it
     * @param targetIndex the index among the target column's other cards
     */
    public MoveCard(Card card, PlanColumn target, int targetIndex) {
        this(card.id(), card.title(), card.version(), target, targetIndex);
    }

    private MoveCard(UUID cardId, String title, int seenVersion, PlanColumn target, int targetIndex) {
        this.cardId = cardId;
        this.title = title;
        this.seenVersion = seenVersion;
        this.target = target;
        this.targetIndex = targetIndex;
    }

    @Override
    public String description() {
        return Messages.tr("command.moveCard", title, target.name());
    }

    @Override
    public void apply(PlanWriter plan) {
        Card before = current(plan);
        if (applied ? !before.column().equals(fromColumn) : before.version() != seenVersion) {
            throw new PlanConflictException(title);
        }
        fromColumn = before.column();
        fromPosition = before.position();
        fromIndex = Placement.indexOf(plan, before);
        Placement.Result placed = Placement.at(plan, target.id(), targetIndex, cardId);
        renumbered = placed.renumbered();
        plan.placeCard(cardId, target.id(), placed.position(), before.version());
        applied = true;
    }

    @Override
    public void revert(PlanWriter plan) {
        Card now = current(plan);
        if (!now.column().equals(target.id())) {
            throw new PlanConflictException(title);
        }
        long position = renumbered || !Placement.fitsAt(plan, fromColumn, fromIndex, cardId, fromPosition)
                ? Placement.at(plan, fromColumn, fromIndex, cardId).position()
                : fromPosition;
        plan.placeCard(cardId, fromColumn, position, now.version());
    }

    private Card current(PlanWriter plan) {
        return plan.card(cardId).orElseThrow(() -> new PlanConflictException(title));
    }

    @Override
    public Memento memento() {
        return new State(cardId, title, seenVersion, target, targetIndex, applied, fromColumn, fromPosition, fromIndex,
                renumbered);
    }

    /** The state of this command, for the undo steps kept in the store. */
    public record State(UUID cardId, String title, int seenVersion, PlanColumn target, int targetIndex, boolean applied,
                        UUID fromColumn, long fromPosition, int fromIndex, boolean renumbered) implements Memento {
        @Override
        public PlanCommand restore() {
            MoveCard c = new MoveCard(cardId, title, seenVersion, target, targetIndex);
            c.applied = applied;
            c.fromColumn = fromColumn;
            c.fromPosition = fromPosition;
            c.fromIndex = fromIndex;
            c.renumbered = renumbered;
            return c;
        }
    }
}
