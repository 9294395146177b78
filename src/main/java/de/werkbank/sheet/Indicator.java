package de.werkbank.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * How success of a measure is measured: from a baseline to a target by a date, and the values measured
 * on the way, or a link to the Datencheck figure the values come from instead.
 *
 * @param baseline may be {@code null} when not known yet
 * @param target may be {@code null} when not agreed yet
 * @param targetDate may be {@code null}
 * @param measurements the values typed in, by date (oldest first)
 * @param link the Datencheck figure the values come from, or {@code null} when they are typed in
 */
public record Indicator(UUID id, String name, String unit, BigDecimal baseline, BigDecimal target,
                        LocalDate targetDate, List<Measurement> measurements, DataLink link) {

    public Indicator {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name.strip();
        unit = unit == null ? "" : unit.strip();
        baseline = normal(baseline);
        target = normal(target);
        measurements = measurements == null ? List.of()
                : measurements.stream().sorted(Comparator.comparing(Measurement::date)).toList();
    }

    /** An indicator without measured values. */
    public Indicator(UUID id, String name, String unit, BigDecimal baseline, BigDecimal target, LocalDate targetDate) {
        this(id, name, unit, baseline, target, targetDate, List.of(), null);
    }

    /** The same indicator with other measured values. */
    public Indicator withMeasurements(List<Measurement> values) {
        return new Indicator(id, name, unit, baseline, target, targetDate, values, link);
    }

    /** The same indicator linked to a Datencheck figure ({@code null}: its values are typed in). */
    public Indicator withLink(DataLink newLink) {
        return new Indicator(id, name, unit, baseline, target, targetDate, measurements, newLink);
    }

    /** The same indicator with another name, unit, baseline, target and target date. */
    public Indicator withDefinition(String newName, String newUnit, BigDecimal newBaseline, BigDecimal newTarget,
                                    LocalDate newTargetDate) {
        return new Indicator(id, newName, newUnit, newBaseline, newTarget, newTargetDate, measurements, link);
    }

    /** Equal numbers compare equal however many zeros they were written with (4 = 4.0000). */
    private static BigDecimal normal(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
