package de.werkbank.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * How success of a measure is measured: from a baseline to a target by a date.
 *
 * @param baseline may be {@code null} when not known yet
 * @param target may be {@code null} when not agreed yet
 * @param targetDate may be {@code null}
 */
public record Indicator(UUID id, String name, String unit, BigDecimal baseline, BigDecimal target,
                        LocalDate targetDate) {

    public Indicator {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name.strip();
        unit = unit == null ? "" : unit.strip();
        baseline = normal(baseline);
        target = normal(target);
    }

    /** Equal numbers compare equal however many zeros they were written with (4 = 4.0000). */
    private static BigDecimal normal(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
