package de.werkbank.review;

import de.werkbank.sheet.Indicator;
import de.werkbank.sheet.Measurement;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What a review freezes of a sheet indicator: its baseline, target and target date, and the latest value
 * known at the review's date with the judgement whether it is on track.
 *
 * <p>The one place that knows where an indicator's values come from: {@link #freeze} takes the newest
 * value typed in on or before the review's date (an indicator linked to the Datencheck is frozen without
 * one for now) and judges it here.
 */
public final class IndicatorFreeze {

    private IndicatorFreeze() {
    }

    /**
     * @param date the review's date
     * @param from when the measure started (the straight line from baseline to target begins there),
     *             {@code null} when not known
     */
    public static FrozenIndicator freeze(Indicator indicator, LocalDate date, LocalDate from) {
        BigDecimal latest = null;
        LocalDate latestDate = null;
        for (Measurement m : indicator.measurements()) {
            if (!m.date().isAfter(date)) {
                latest = m.value();
                latestDate = m.date();
            }
        }
        return new FrozenIndicator(indicator.id(), indicator.name(), indicator.unit(), indicator.baseline(),
                indicator.target(), indicator.targetDate(), latest, latestDate,
                onTrack(indicator.baseline(), indicator.target(), from, indicator.targetDate(), latest, latestDate));
    }

    /**
     * Whether {@code value} measured on {@code at} is on track: at least as far from the baseline towards
     * the target as a straight line from {@code from} (baseline) to {@code targetDate} (target) is on that
     * day; a value that reached the target is on track whenever it was measured. Without a value, a
     * target or a baseline: {@code null} (cannot be judged). Without the dates, only a reached target
     * counts as on track.
     */
    public static Boolean onTrack(BigDecimal baseline, BigDecimal target, LocalDate from, LocalDate targetDate,
                                  BigDecimal value, LocalDate at) {
        if (value == null || target == null || baseline == null || at == null) {
            return null;
        }
        int direction = target.compareTo(baseline);
        if (direction == 0) {
            return value.compareTo(target) == 0;
        }
        BigDecimal done = value.subtract(baseline).divide(target.subtract(baseline), MathContext.DECIMAL64);
        if (done.compareTo(BigDecimal.ONE) >= 0) {
            return true;
        }
        if (from == null || targetDate == null || !targetDate.isAfter(from)) {
            return false;
        }
        double expected = Math.min(1, Math.max(0,
                (double) ChronoUnit.DAYS.between(from, at) / ChronoUnit.DAYS.between(from, targetDate)));
        return done.doubleValue() >= expected;
    }
}
