package de.werkbank.plan;

import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.i18n.Messages;
import java.util.UUID;

/**
 * Moves a card to an index of a column (the same column or another), and into another Handlungsfeld
 * when it is dropped into that field's swimlane.
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
    private final Handlungsfeld newField;
    private boolean applied;
    private String fromField;
    private UUID fromColumn;
    private long fromPosition;
    private int fromIndex;
    private boolean renumbered;

    /**
     * @param card the card as the user saw it
     * @param targetIndex the index among the target column's other cards
     */
    public MoveCard(Card card, PlanColumn target, int targetIndex) {
        this(card, target, targetIndex, null);
    }

    /**
     * @param card the card as the user saw it
     * @param targetIndex the index among the target column's other cards
     * @param newField the card's Handlungsfeld from now on, or {@code null} to keep its own
     */
    public MoveCard(Card card, PlanColumn target, int targetIndex, Handlungsfeld newField) {
        this(card.id(), card.title(), card.version(), target, targetIndex, newField);
    }

    private MoveCard(UUID cardId, String title, int seenVersion, PlanColumn target, int targetIndex,
                     Handlungsfeld newField) {
        this.cardId = cardId;
        this.title = title;
        this.seenVersion = seenVersion;
        this.target = target;
        this.targetIndex = targetIndex;
        this.newField = newField;
    }

    @Override
    public String description() {
        return newField == null
                ? Messages.tr("command.moveCard", title, target.name())
                : Messages.tr("command.moveCardToField", title, target.name(), newField.shortName());
    }

    @Override
    public void apply(PlanWriter plan) {
        Card before = current(plan);
        Placement.requireColumn(plan, target);
        if (applied ? !before.column().equals(fromColumn) : before.version() != seenVersion) {
            throw new PlanConflictException(title);
        }
        fromColumn = before.column();
        fromField = before.handlungsfeld();
        fromPosition = before.position();
        fromIndex = Placement.indexOf(plan, before);
        Placement.Result placed = Placement.at(plan, target.id(), targetIndex, cardId);
        renumbered = placed.renumbered();
        plan.placeCard(cardId, target.id(), placed.position(), newField == null ? fromField : newField.key(),
                before.version());
        applied = true;
    }

    @Override
    public void revert(PlanWriter plan) {
        Card now = current(plan);
        if (!now.column().equals(target.id()) || newField != null && !now.handlungsfeld().equals(newField.key())) {
            throw new PlanConflictException(title);
        }
        long position = renumbered || !Placement.fitsAt(plan, fromColumn, fromIndex, cardId, fromPosition)
                ? Placement.at(plan, fromColumn, fromIndex, cardId).position()
                : fromPosition;
        plan.placeCard(cardId, fromColumn, position, fromField, now.version());
    }

    private Card current(PlanWriter plan) {
        return plan.card(cardId).orElseThrow(() -> new PlanConflictException(title));
    }

    @Override
    public Memento memento() {
        return new State(cardId, title, seenVersion, target, targetIndex, newField, applied, fromField, fromColumn,
                fromPosition, fromIndex, renumbered);
    }

    /** The state of this command, for the undo steps kept in the store. */
    public record State(UUID cardId, String title, int seenVersion, PlanColumn target, int targetIndex,
                        Handlungsfeld newField, boolean applied, String fromField, UUID fromColumn, long fromPosition,
                        int fromIndex, boolean renumbered) implements Memento {
        @Override
        public PlanCommand restore() {
            MoveCard c = new MoveCard(cardId, title, seenVersion, target, targetIndex, newField);
            c.applied = applied;
            c.fromField = fromField;
            c.fromColumn = fromColumn;
            c.fromPosition = fromPosition;
            c.fromIndex = fromIndex;
            c.renumbered = renumbered;
            return c;
        }
    }
}
