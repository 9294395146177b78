package de.werkbank.snapshot;

import de.werkbank.review.Assessment;
import de.werkbank.review.Decision;
import de.werkbank.review.Review;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A review of the plan (Halbzeitbilanz) in a snapshot (from format version 4, in the top-level
 * {@code reviews} list): its entries with the frozen state of each measure at the review's date, and the
 * team's judgement. {@code show-review --json} prints the same shape.
 */
public record ReviewDoc(UUID id, String title, LocalDate date, Review.State state, List<EntryDoc> entries) {

    /**
     * One measure: {@code card} is its card's id (the card may be archived or gone since); {@code column} the
     * id of the column it stood in then ({@code null} when not known), {@code columnName} that column's name.
     * {@code assessment} and {@code decision} are {@code null} while not judged.
     */
    public record EntryDoc(UUID card, String title, String handlungsfeld, UUID column, String columnName,
                           Integer stepsDone, Integer stepsTotal, List<FrozenIndicatorDoc> indicators,
                           Assessment assessment, String helped, String blocked, String nextSteps, Decision decision) {
    }

    /**
     * A sheet indicator's values at the review's date: {@code latest} and {@code latestDate} the newest value
     * measured by then ({@code null} when none), {@code onTrack} whether it was on track ({@code null}: not
     * judged).
     */
    public record FrozenIndicatorDoc(UUID id, String name, String unit, BigDecimal baseline, BigDecimal target,
                                     LocalDate targetDate, BigDecimal latest, LocalDate latestDate, Boolean onTrack) {
    }
}
