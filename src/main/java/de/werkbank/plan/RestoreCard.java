package de.werkbank.plan;

import de.werkbank.i18n.Messages;

/** Brings an archived card back onto the board, at the end of the column it was in. */
public final class RestoreCard implements PlanCommand {

    private final Card card;

    /** @param card the archived card */
    public RestoreCard(Card card) {
        this.card = card;
    }

    @Override
    public String description() {
        return Messages.tr("command.restoreCard", card.title());
    }

    @Override
    public void apply(PlanWriter plan) {
        Card archived = plan.archivedCard(card.id()).orElseThrow(() -> new PlanConflictException(card.title()));
        plan.setArchived(card.id(), false);
        int end = plan.countAbove(archived.column(), Long.MAX_VALUE);
        long position = Placement.at(plan, archived.column(), end, card.id()).position();
        Card restored = plan.card(card.id()).orElseThrow();
        plan.placeCard(card.id(), archived.column(), position, restored.handlungsfeld(), restored.version());
    }

    @Override
    public void revert(PlanWriter plan) {
        plan.card(card.id()).orElseThrow(() -> new PlanConflictException(card.title()));
        plan.setArchived(card.id(), true);
    }

    @Override
    public Memento memento() {
        return new State(card);
    }

    /** The state of this command, for the undo steps kept in the store. */
    public record State(Card card) implements Memento {
        @Override
        public PlanCommand restore() {
            return new RestoreCard(card);
        }
    }
}
