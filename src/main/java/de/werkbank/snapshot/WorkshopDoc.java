package de.werkbank.snapshot;

import de.werkbank.workshop.VoteRound;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The plan's workshop decisions in a snapshot (from format version 3; absent before and when the plan
 * has none): its vote rounds and the cards' places on the value/effort matrix.
 */
public record WorkshopDoc(List<VoteRoundDoc> voteRounds, List<MatrixDoc> matrix) {

    /**
     * A round of dot voting: who set it up and when, its rules, whether the results are shown, and the
     * votes (the results follow from them: an item's votes summed up). {@code items} of the votes are
     * card ids for {@code CARDS}, tool ids for {@code TOOLS}.
     */
    public record VoteRoundDoc(UUID id, String title, VoteRound.Subject subject, String handlungsfeld,
                               Integer votesPerParticipant, Integer maxPerItem, Integer participants, String createdBy,
                               Instant createdAt, Boolean revealed, List<VoteDoc> votes) {
    }

    /** Votes of a participant for an item; the participant is {@code ""} for votes counted in the room. */
    public record VoteDoc(String participant, UUID item, Integer votes) {
    }

    /** A card's place on the matrix: value and effort from 0 to 1. */
    public record MatrixDoc(UUID card, Double nutzen, Double aufwand) {
    }
}
