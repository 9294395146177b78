package de.werkbank.plan;

import de.werkbank.i18n.Messages;
import de.werkbank.workshop.VoteRound;
import java.util.List;
import java.util.UUID;

/** Takes all votes of a round back and hides its results, to vote again; undo brings them back. */
public final class ResetVotes implements PlanCommand {

    private final UUID round;
    private final String title;
    private List<VoteRound.Vote> removed;
    private boolean wasRevealed;

    public ResetVotes(UUID round, String title) {
        this(round, title, List.of(), false);
    }

    private ResetVotes(UUID round, String title, List<VoteRound.Vote> removed, boolean wasRevealed) {
        this.round = round;
        this.title = title;
        this.removed = removed;
        this.wasRevealed = wasRevealed;
    }

    @Override
    public String description() {
        return Messages.tr("command.resetVotes", title);
    }

    @Override
    public void apply(PlanWriter plan) {
        VoteRound stored = stored(plan);
        removed = stored.votes();
        wasRevealed = stored.revealed();
        plan.workshop().updateVoteRound(stored.withVotes(List.of()).withRevealed(false));
    }

    @Override
    public void revert(PlanWriter plan) {
        VoteRound stored = stored(plan);
        if (!stored.votes().isEmpty()) {
            throw new PlanConflictException(title);
        }
        plan.workshop().updateVoteRound(stored.withVotes(removed).withRevealed(wasRevealed));
    }

    private VoteRound stored(PlanWriter plan) {
        return plan.workshop().voteRound(round).orElseThrow(() -> new PlanConflictException(title));
    }

    @Override
    public Memento memento() {
        return new State(round, title, removed, wasRevealed);
    }

    /** The state of this command, for the undo steps kept in the store. */
    public record State(UUID round, String title, List<VoteRound.Vote> removed, boolean wasRevealed)
            implements Memento {
        @Override
        public PlanCommand restore() {
            return new ResetVotes(round, title, removed == null ? List.of() : removed, wasRevealed);
        }
    }
}
