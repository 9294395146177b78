package de.werkbank.workshop;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What workshop commands may read and change of the plan's vote rounds and matrix, inside the
 * transaction the plan editor opened. Implemented by the store.
 */
public interface WorkshopWriter {

    /** The plan's vote rounds with their votes, oldest first. */
    List<VoteRound> voteRounds();

    Optional<VoteRound> voteRound(UUID id);

    /** Stores a round with its votes. */
    void insertVoteRound(VoteRound round);

    /** Removes a round and its votes. */
    void deleteVoteRound(UUID id);

    /** Stores whether the round's results are shown, and its votes as given. */
    void updateVoteRound(VoteRound round);

    /** The cards' places on the matrix. */
    List<MatrixPosition> matrix();

    Optional<MatrixPosition> matrixPosition(UUID card);

    /** Puts a card on the matrix, or moves it there. */
    void placeOnMatrix(MatrixPosition position);

    void removeFromMatrix(UUID card);
}
