package de.werkbank.workshop;

import java.util.List;

/**
 * What the plan's workshops decided: the vote rounds (oldest first) and the cards' places on the
 * value/effort matrix.
 */
public record Workshop(List<VoteRound> voteRounds, List<MatrixPosition> matrix) {

    public static final Workshop EMPTY = new Workshop(List.of(), List.of());

    public Workshop {
        voteRounds = List.copyOf(voteRounds);
        matrix = List.copyOf(matrix);
    }

    public boolean isEmpty() {
        return voteRounds.isEmpty() && matrix.isEmpty();
    }
}
