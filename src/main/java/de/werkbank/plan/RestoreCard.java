package de.werkbank.plan;

import de.werkbank.i18n.Messages;

/**
 * Brings an archived card back onto the board, at the end of the column it was in. The first apply is
 * refused if the archived card changed since the user saw it; undo and redo check the version read in
 * their own transaction, as {@link ArchiveCard} does.
 */
public final class RestoreCard implements PlanCommand {

    private final Card card;
    private boolean pending;

    /** @param card the archived card, as the user saw it */
    public RestoreCard(Card card) {
        this(card, true);
    }

    private RestoreCard(Card card, boolean pending) {
        this.card = card;
        this.pending = pending;
    }

    @Override
    public String description() {
        return Messages.tr("command.restoreCard", card.title());
    }

    @Override
    public void apply(PlanWriter plan) {
        Card archived = plan.archivedCard(card.id()).orElseThrow(() -> new PlanConflictException(card.title()));
        plan.setArchived(card.id(), false, pending ? card.version() : archived.version());
        pending = false;
        int end = plan.countAbove(archived.column(), Long.MAX_VALUE);
        long position = Placement.at(plan, archived.column(), end, card.id()).position();
        Card restored = plan.card(card.id()).orElseThrow();
        plan.placeCard(card.id(), archived.column(), position, restored.handlungsfeld(), restored.version());
    }

    @Override
    public void revert(PlanWriter plan) {
        Card now = plan.card(card.id()).orElseThrow(() -> new PlanConflictException(card.title()));
        plan.setArchived(card.id(), true, now.version());
    }

    @Override
    public Memento memento() {
        return new State(card, pending);
    }

    /**
     * The state of this command, for the undo steps kept in the store.
     *
     * @param pending whether the command still awaits its first apply (false in states stored before)
     */
    public record State(Card card, boolean pending) implements Memento {
        @Override
        public PlanCommand restore() {
            return new RestoreCard(card, pending);
        }
    }
}
