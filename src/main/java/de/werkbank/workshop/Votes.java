package de.werkbank.workshop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The rules of dot voting, and the ranked results of a round. */
public final class Votes {

    /** The most dots a participant may have, and an item may get from one participant. */
    public static final int MAX_VOTES = 99;
    /** The most participants a round may name. */
    public static final int MAX_PARTICIPANTS = 999;

    private Votes() {
    }

    /**
     * Checks the facilitator's settings of a new round.
     *
     * @throws VoteRuleException naming the value that is out of range
     */
    public static void checkSettings(String title, int votesPerParticipant, int maxPerItem, int participants) {
        if (title.isBlank() || title.length() > VoteRound.MAX_TITLE) {
            throw new VoteRuleException("vote.rule.title", VoteRound.MAX_TITLE);
        }
        if (votesPerParticipant < 1 || votesPerParticipant > MAX_VOTES) {
            throw new VoteRuleException("vote.rule.votesPerParticipant", MAX_VOTES);
        }
        if (maxPerItem < 1 || maxPerItem > votesPerParticipant) {
            throw new VoteRuleException("vote.rule.maxPerItem", votesPerParticipant);
        }
        if (participants < 0 || participants > MAX_PARTICIPANTS) {
            throw new VoteRuleException("vote.rule.participants", MAX_PARTICIPANTS);
        }
    }

    /**
     * Checks whether {@code change} more (or, negative, fewer) votes of a participant for an item keep
     * to the round's rules: a participant gives at most their dots and at most the maximum per item;
     * votes counted in the room stay within what the known number of participants can give.
     *
     * @throws VoteRuleException naming the rule that would be broken
     */
    public static void check(VoteRound round, String participant, UUID item, int change) {
        int forItem = round.votesOf(participant, item) + change;
        if (forItem < 0) {
            throw new VoteRuleException("vote.rule.none");
        }
        if (change <= 0) {
            return;
        }
        boolean room = VoteRound.Vote.ROOM.equals(participant);
        int people = room ? round.participants() : 1;
        if (people == 0) {
            return;
        }
        int before = round.given(participant);
        int had = forItem - change;
        // the messages name what stands now (given so far, what is left) and what was asked for
        if (forItem > round.maxPerItem() * people) {
            throw room ? new VoteRuleException("vote.rule.roomItemFull", round.maxPerItem() * people, had, change)
                    : new VoteRuleException("vote.rule.itemFull", participant, round.maxPerItem(), had, change);
        }
        int all = round.votesPerParticipant() * people;
        if (before + change > all) {
            throw room ? new VoteRuleException("vote.rule.roomFull", all, all - before, change)
                    : new VoteRuleException("vote.rule.participantFull", participant, all - before, all, change);
        }
    }

    /** The round's votes with a participant's votes for an item changed by {@code change}. */
    public static List<VoteRound.Vote> add(VoteRound round, String participant, UUID item, int change) {
        List<VoteRound.Vote> votes = new ArrayList<>();
        int count = change;
        for (VoteRound.Vote v : round.votes()) {
            if (v.participant().equals(participant) && v.item().equals(item)) {
                count += v.count();
            } else {
                votes.add(v);
            }
        }
        if (count > 0) {
            votes.add(new VoteRound.Vote(participant, item, count));
        }
        return votes;
    }

    /** One item's place in the results: rank 1 is the most votes; items with equal votes share a rank. */
    public record Result(UUID item, int votes, int rank) {
    }

    /**
     * The results of a round for its items, most votes first; equal votes keep the items' order and
     * share a rank (1, 2, 2, 4).
     */
    public static List<Result> ranking(VoteRound round, List<UUID> items) {
        List<UUID> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt((UUID item) -> round.total(item)).reversed());
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            int votes = round.total(sorted.get(i));
            int rank = i > 0 && results.get(i - 1).votes() == votes ? results.get(i - 1).rank() : i + 1;
            results.add(new Result(sorted.get(i), votes, rank));
        }
        return results;
    }
}
