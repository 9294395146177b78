package de.werkbank.plan;

import de.werkbank.i18n.Messages;

/**
 * Takes a card off the board into the archive; nothing is deleted, the archive can restore it.
 *
 * <p>The first apply is refused if the card changed since the user saw it (its version); undo and redo
 * run in stack order and write against the version read in their own transaction. Every write is
 * made only if the row still has the version it is checked against.
 */
public final class ArchiveCard implements PlanCommand {

    private final Card card;
    private boolean pending;

    /** @param card the card as the user saw it */
    public ArchiveCard(Card card) {
        this(card, true);
    }

    private ArchiveCard(Card card, boolean pending) {
        this.card = card;
        this.pending = pending;
    }

    /**
     * Archives the card as it is stored when the command runs, for a step whose own earlier changes
     * (a move in the same import) raise the card's version before it archives it.
     */
    public static ArchiveCard asStored(Card card) {
        return new ArchiveCard(card, false);
    }

    @Override
    public String description() {
        return Messages.tr("command.archiveCard", card.title());
    }

    @Override
    public void apply(PlanWriter plan) {
        Card now = plan.card(card.id()).orElseThrow(() -> new PlanConflictException(card.title()));
        plan.setArchived(card.id(), true, pending ? card.version() : now.version());
        pending = false;
    }

    @Override
    public void revert(PlanWriter plan) {
        Card archived = plan.archivedCard(card.id()).orElseThrow(() -> new PlanConflictException(card.title()));
        plan.setArchived(card.id(), false, archived.version());
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
            return new ArchiveCard(card, pending);
        }
    }
}
