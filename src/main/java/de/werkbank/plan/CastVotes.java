package de.werkbank.plan;

import de.werkbank.i18n.Messages;
import de.werkbank.workshop.VoteRound;
import de.werkbank.workshop.Votes;
import java.util.UUID;

/**
 * Gives an item votes in a round (or takes some back, with a negative change): counted by the
 * facilitator in the room, or entered for one participant. The round's rules are checked on the
 * first apply; undo and redo run in stack order and only keep the counts from going below zero.
 */
public final class CastVotes implements PlanCommand {

    private final UUID round;
    private final String participant;
    private final UUID item;
    private final String itemTitle;
    private final int change;

    /**
     * @param participant a participant's name, or {@link VoteRound.Vote#ROOM} for votes counted in the room
     * @param change how many votes more (negative: fewer)
     */
    public CastVotes(UUID round, String participant, UUID item, String itemTitle, int change) {
        this.round = round;
        this.participant = participant.strip();
        this.item = item;
        this.itemTitle = itemTitle;
        this.change = change;
    }

    @Override
    public String description() {
        String key = change >= 0 ? "command.castVotes" : "command.withdrawVotes";
        String text = Messages.tr(key, Math.abs(change), itemTitle);
        // the participant is not named: descriptions stay in snapshots without personal data
        return participant.isEmpty() ? text : Messages.tr("command.votesOf", text);
    }

    @Override
    public void apply(PlanWriter plan) {
        VoteRound stored = stored(plan);
        Votes.check(stored, participant, item, change);
        plan.workshop().updateVoteRound(stored.withVotes(Votes.add(stored, participant, item, change)));
    }

    @Override
    public void revert(PlanWriter plan) {
        VoteRound stored = stored(plan);
        if (stored.votesOf(participant, item) - change < 0) {
            throw new PlanConflictException(stored.title());
        }
        plan.workshop().updateVoteRound(stored.withVotes(Votes.add(stored, participant, item, -change)));
    }

    private VoteRound stored(PlanWriter plan) {
        return plan.workshop().voteRound(round).orElseThrow(() -> new PlanConflictException(itemTitle));
    }

    @Override
    public Memento memento() {
        return new State(round, participant, item, itemTitle, change);
    }

    /** The state of this command, for the undo steps kept in the store. */
    public record State(UUID round, String participant, UUID item, String itemTitle, int change) implements Memento {
        @Override
        public PlanCommand restore() {
            return new CastVotes(round, participant, item, itemTitle, change);
        }
    }
}
