package de.werkbank.sheet;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * How far an indicator has come from its baseline towards its target, and whether that is on course.
 *
 * <p>The way from baseline to target is planned as a straight line from the <em>baseline date</em>
 * (the measure's start; without a start, the date of the first value) to the target date. The
 * indicator is judged at its latest value: it is <em>auf Kurs</em> when it has covered at least the
 * share of the way that the line expects by that value's date, else <em>hinter Plan</em>. A target
 * below the baseline (fewer months of waiting, say) is a way downwards; the same rule holds. A value
 * that has reached the target is on course, with or without a target date. The one rule: the sheet, the
 * Strategie view and the reviews ({@code review.IndicatorFreeze}) judge by it. See ADR 0017.
 *
 * @param reached share of the way covered by the latest value (may be below 0 or above 1), or
 *                {@code NaN} when baseline and target do not make a way
 * @param expected share of the way the straight line expects at the latest value's date, or {@code NaN}
 * @param latest the latest value, or {@code null}
 * @param baselineDate where the straight line starts, or {@code null}
 * @param reason for {@link Verdict#NOT_JUDGED}, the message key saying why; else {@code null}
 */
public record IndicatorProgress(Verdict verdict, double reached, double expected, Measurement latest,
                                LocalDate baselineDate, String reason) {

    /** The judgement. */
    public enum Verdict { ON_TRACK, BEHIND, NOT_JUDGED }

    /** Shares this close to each other count as equal (a value exactly on the line is on course). */
    private static final double TOLERANCE = 1e-9;

    /**
     * @param values the indicator's values, typed in or from the Datencheck, oldest first
     * @param sheetStart the start of the measure, or {@code null}
     */
    public static IndicatorProgress of(Indicator indicator, List<Measurement> values, LocalDate sheetStart) {
        LocalDate baselineDate = sheetStart != null ? sheetStart : values.isEmpty() ? null : values.get(0).date();
        Measurement latest = values.isEmpty() ? null : values.get(values.size() - 1);
        if (indicator.baseline() == null || indicator.target() == null) {
            return notJudged(Double.NaN, latest, baselineDate, "indicator.progress.noTarget");
        }
        BigDecimal way = indicator.target().subtract(indicator.baseline());
        if (way.signum() == 0) {
            return notJudged(Double.NaN, latest, baselineDate, "indicator.progress.noWay");
        }
        if (latest == null) {
            return notJudged(Double.NaN, null, baselineDate, "indicator.progress.noValues");
        }
        double reached = latest.value().subtract(indicator.baseline()).divide(way, MathContext.DECIMAL64).doubleValue();
        if (reached + TOLERANCE >= 1) {
            // the target is reached: on course whenever that was, with or without a target date
            return new IndicatorProgress(Verdict.ON_TRACK, reached, indicator.targetDate() == null ? 1
                    : expected(baselineDate, indicator.targetDate(), latest.date()), latest, baselineDate, null);
        }
        if (indicator.targetDate() == null) {
            return notJudged(reached, latest, baselineDate, "indicator.progress.noTargetDate");
        }
        double expected = expected(baselineDate, indicator.targetDate(), latest.date());
        Verdict verdict = reached + TOLERANCE >= expected ? Verdict.ON_TRACK : Verdict.BEHIND;
        return new IndicatorProgress(verdict, reached, expected, latest, baselineDate, null);
    }

    /** The straight line's share at {@code at}: 0 at the baseline date, 1 at the target date and after. */
    private static double expected(LocalDate from, LocalDate to, LocalDate at) {
        long span = ChronoUnit.DAYS.between(from, to);
        if (span <= 0) {
            return 1;
        }
        double share = (double) ChronoUnit.DAYS.between(from, at) / span;
        return Math.max(0, Math.min(1, share));
    }

    private static IndicatorProgress notJudged(double reached, Measurement latest, LocalDate baselineDate, String reason) {
        return new IndicatorProgress(Verdict.NOT_JUDGED, reached, Double.NaN, latest, baselineDate, reason);
    }

    /** The share of the way covered, for a bar: from 0 to 1 (0 when not known). */
    public double bar() {
        return Double.isNaN(reached) ? 0 : Math.max(0, Math.min(1, reached));
    }
}
