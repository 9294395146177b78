package de.werkbank.plan;

import de.werkbank.i18n.Messages;

/** Takes a card off the board into the archive; nothing is deleted, the archive can restore it. */
public final class ArchiveCard implements PlanCommand {

    private final Card card;

    /** @param card the card as the user saw it */
    public ArchiveCard(Card card) {
        this.card = card;
    }

    @Override
    public String description() {
        return Messages.tr("command.archiveCard", card.title());
    }

    @Override
    public void apply(PlanWriter plan) {
        plan.card(card.id()).orElseThrow(() -> new PlanConflictException(card.title()));
        plan.setArchived(card.id(), true);
    }

    @Override
    public void revert(PlanWriter plan) {
        plan.archivedCard(card.id()).orElseThrow(() -> new PlanConflictException(card.title()));
        plan.setArchived(card.id(), false);
    }

    @Override
    public Memento memento() {
        return new State(card);
    }

    /** The state of this command, for the undo steps kept in the store. */
    public record State(Card card) implements Memento {
        @Override
        public PlanCommand restore() {
            return new ArchiveCard(card);
        }
    }
}
