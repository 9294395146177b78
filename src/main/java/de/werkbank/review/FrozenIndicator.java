package de.werkbank.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A sheet indicator's values as a review froze them (see {@link IndicatorFreeze}).
 *
 * @param id the sheet indicator's id
 * @param baseline {@code null} when not known
 * @param target {@code null} when not agreed
 * @param latest the latest value known at the review's date, {@code null} when none was measured
 * @param latestDate the date of {@code latest}, {@code null} with it
 * @param onTrack whether the indicator was on track at the review's date; {@code null} when that could not
 *                be judged (no latest value, no target)
 */
public record FrozenIndicator(UUID id, String name, String unit, BigDecimal baseline, BigDecimal target,
                              LocalDate targetDate, BigDecimal latest, LocalDate latestDate, Boolean onTrack) {

    public FrozenIndicator {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        unit = unit == null ? "" : unit;
        baseline = normal(baseline);
        target = normal(target);
        latest = normal(latest);
    }

    private static BigDecimal normal(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    /** Whether the values (not the name) differ from another freeze of the same indicator. */
    public boolean valuesDiffer(FrozenIndicator other) {
        return !Objects.equals(baseline, other.baseline) || !Objects.equals(target, other.target)
                || !Objects.equals(targetDate, other.targetDate) || !Objects.equals(latest, other.latest)
                || !Objects.equals(onTrack, other.onTrack);
    }
}
