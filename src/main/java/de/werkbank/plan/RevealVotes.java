package de.werkbank.plan;

import de.werkbank.i18n.Messages;
import de.werkbank.workshop.VoteRound;
import java.util.UUID;

/** Shows a round's results to the room, or hides them again. */
public final class RevealVotes implements PlanCommand {

    private final UUID round;
    private final String title;
    private final boolean reveal;

    public RevealVotes(UUID round, String title, boolean reveal) {
        this.round = round;
        this.title = title;
        this.reveal = reveal;
    }

    @Override
    public String description() {
        return Messages.tr(reveal ? "command.revealVotes" : "command.hideVotes", title);
    }

    @Override
    public void apply(PlanWriter plan) {
        set(plan, !reveal, reveal);
    }

    @Override
    public void revert(PlanWriter plan) {
        set(plan, reveal, !reveal);
    }

    private void set(PlanWriter plan, boolean expected, boolean wanted) {
        VoteRound stored = plan.workshop().voteRound(round).orElseThrow(() -> new PlanConflictException(title));
        if (stored.revealed() != expected) {
            throw new PlanConflictException(title);
        }
        plan.workshop().updateVoteRound(stored.withRevealed(wanted));
    }

    @Override
    public Memento memento() {
        return new State(round, title, reveal);
    }

    /** The state of this command, for the undo steps kept in the store. */
    public record State(UUID round, String title, boolean reveal) implements Memento {
        @Override
        public PlanCommand restore() {
            return new RevealVotes(round, title, reveal);
        }
    }
}
