package de.werkbank.workshop;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A round of dot voting in a workshop: what is voted on, the rules the facilitator set, who set it up
 * and when, whether the results are shown, and the votes cast so far.
 *
 * @param handlungsfeld the key of the only Handlungsfeld whose items are voted on, or {@code null} for all
 * @param votesPerParticipant how many dots each participant has
 * @param maxPerItem how many of them one participant may give one item
 * @param participants how many people vote (0: not known); bounds what the facilitator may count in the room
 * @param revealed whether the results are shown to the room
 */
public record VoteRound(UUID id, String title, Subject subject, String handlungsfeld, int votesPerParticipant,
                        int maxPerItem, int participants, String createdBy, Instant createdAt, boolean revealed,
                        List<Vote> votes) {

    /** The longest title a round may have. */
    public static final int MAX_TITLE = 200;

    /** What is voted on: the cards of the plan or the tools of the catalogue. */
    public enum Subject { CARDS, TOOLS }

    /**
     * Votes of one participant for one item.
     *
     * @param participant the participant's name, or {@link #ROOM} for votes the facilitator counted in the room
     */
    public record Vote(String participant, UUID item, int count) {

        /** The participant name of votes counted by raised hands. */
        public static final String ROOM = "";

        public Vote {
            Objects.requireNonNull(participant, "participant");
            Objects.requireNonNull(item, "item");
        }
    }

    public VoteRound {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        votes = List.copyOf(votes);
    }

    /** The same round with other votes. */
    public VoteRound withVotes(List<Vote> newVotes) {
        return new VoteRound(id, title, subject, handlungsfeld, votesPerParticipant, maxPerItem, participants,
                createdBy, createdAt, revealed, newVotes);
    }

    /** The same round with the results shown or hidden. */
    public VoteRound withRevealed(boolean shown) {
        return new VoteRound(id, title, subject, handlungsfeld, votesPerParticipant, maxPerItem, participants,
                createdBy, createdAt, shown, votes);
    }

    /** How many votes a participant ({@link Vote#ROOM} for the room) gave an item. */
    public int votesOf(String participant, UUID item) {
        return votes.stream().filter(v -> v.participant().equals(participant) && v.item().equals(item))
                .mapToInt(Vote::count).sum();
    }

    /** All votes for an item, whoever gave them. */
    public int total(UUID item) {
        return votes.stream().filter(v -> v.item().equals(item)).mapToInt(Vote::count).sum();
    }

    /** All votes a participant ({@link Vote#ROOM} for the room) gave. */
    public int given(String participant) {
        return votes.stream().filter(v -> v.participant().equals(participant)).mapToInt(Vote::count).sum();
    }

    /** All votes of the round. */
    public int total() {
        return votes.stream().mapToInt(Vote::count).sum();
    }
}
