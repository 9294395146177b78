package de.werkbank.review;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What review commands may read and change of the plan's reviews, inside the transaction the plan editor
 * opened. Implemented by the store.
 */
public interface ReviewWriter {

    /** The plan's reviews with their entries, oldest first (by date, then as started). */
    List<Review> reviews();

    Optional<Review> review(UUID id);

    /** Stores a new review with its entries. */
    void insertReview(Review review);

    /** Removes a review and its entries. */
    void deleteReview(UUID id);

    /**
     * Stores an entry's judgement, if its stored version is still {@code entry.version()}.
     *
     * @return the entry as now stored (its version raised)
     * @throws de.werkbank.plan.PlanConflictException when someone else changed it meanwhile, or it is gone
     */
    ReviewEntry updateEntry(UUID review, ReviewEntry entry);

    /**
     * Stores the review's state, if its stored version is still {@code review.version()}.
     *
     * @return the review as now stored (its version raised)
     * @throws de.werkbank.plan.PlanConflictException when someone else changed it meanwhile, or it is gone
     */
    Review updateState(Review review);
}
