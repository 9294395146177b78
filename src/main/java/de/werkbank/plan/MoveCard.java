package de.werkbank.plan;

import de.werkbank.i18n.Messages;
import java.util.UUID;

/** Moves a card to an index of a column (the same column or another). */
public final class MoveCard implements PlanCommand {

    private final UUID cardId;
    private final String title;
    private final PlanColumn target;
    private final int targetIndex;
    private int expectedVersion;
    private UUID fromColumn;
    private long fromPosition;
    private int fromIndex;
    private boolean renumbered;

    /**
     * @param card the card as the user saw it: if it was changed elsewhere since, the move is refused
     * @param targetIndex the index among the target column's other cards
     */
    public MoveCard(Card card, PlanColumn target, int targetIndex) {
        this.cardId = card.id();
        this.title = card.title();
        this.expectedVersion = card.version();
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
        fromColumn = before.column();
        fromPosition = before.position();
        fromIndex = Placement.indexOf(plan, before);
        Placement.Result placed = Placement.at(plan, target.id(), targetIndex, cardId);
        renumbered = placed.renumbered();
        expectedVersion = plan.placeCard(cardId, target.id(), placed.position(), expectedVersion).version();
    }

    @Override
    public void revert(PlanWriter plan) {
        current(plan);
        long position = renumbered
                ? Placement.at(plan, fromColumn, fromIndex, cardId).position()
                : fromPosition;
        expectedVersion = plan.placeCard(cardId, fromColumn, position, expectedVersion).version();
    }

    private Card current(PlanWriter plan) {
        Card card = plan.card(cardId).orElseThrow(() -> new PlanConflictException(title));
        if (card.version() != expectedVersion) {
            throw new PlanConflictException(title);
        }
        return card;
    }
}
