package de.werkbank.plan;

import de.werkbank.i18n.Messages;
import de.werkbank.workshop.VoteRound;
import de.werkbank.workshop.Votes;

/** Sets up a round of dot voting with the facilitator's rules; undo removes it again. */
public final class StartVoteRound implements PlanCommand {

    private final VoteRound round;

    /** @param round the new round, without votes */
    public StartVoteRound(VoteRound round) {
        this.round = round;
    }

    @Override
    public String description() {
        return Messages.tr("command.startVoteRound", round.title());
    }

    @Override
    public void apply(PlanWriter plan) {
        Votes.checkSettings(round.title(), round.votesPerParticipant(), round.maxPerItem(), round.participants());
        if (plan.workshop().voteRound(round.id()).isPresent()) {
            throw new PlanConflictException(round.title());
        }
        plan.workshop().insertVoteRound(round.withVotes(java.util.List.of()).withRevealed(false));
    }

    @Override
    public void revert(PlanWriter plan) {
        if (plan.workshop().voteRound(round.id()).isEmpty()) {
            throw new PlanConflictException(round.title());
        }
        plan.workshop().deleteVoteRound(round.id());
    }

    @Override
    public Memento memento() {
        return new State(round);
    }

    /** The state of this command, for the undo steps kept in the store. */
    public record State(VoteRound round) implements Memento {
        @Override
        public PlanCommand restore() {
            return new StartVoteRound(round);
        }
    }
}
