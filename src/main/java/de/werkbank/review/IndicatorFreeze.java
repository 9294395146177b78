package de.werkbank.review;

import de.werkbank.sheet.Indicator;
import de.werkbank.sheet.IndicatorProgress;
import de.werkbank.sheet.Measurement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a review freezes of a sheet indicator: its baseline, target and target date, and the latest value
 * known at the review's date with the judgement whether it is on track. The judgement is the sheet's own
 * ({@link IndicatorProgress}, one rule for the sheet, the Strategie view and the reviews).
 */
public final class IndicatorFreeze {

    private IndicatorFreeze() {
    }

    /** Freezes the values typed in (see {@link #freeze(Indicator, List, LocalDate, LocalDate)}). */
    public static FrozenIndicator freeze(Indicator indicator, LocalDate date, LocalDate from) {
        return freeze(indicator, indicator.measurements(), date, from);
    }

    /**
     * @param values the indicator's values, oldest first: typed in, or for one linked to the Datencheck the
     *               figure's values; the newest on or before {@code date} is frozen (none: frozen without value)
     * @param date the review's date
     * @param from when the measure started (the straight line from baseline to target begins there),
     *             {@code null} when not known
     */
    public static FrozenIndicator freeze(Indicator indicator, List<Measurement> values, LocalDate date,
                                         LocalDate from) {
        List<Measurement> known = values.stream().filter(m -> !m.date().isAfter(date)).toList();
        Measurement latest = known.isEmpty() ? null : known.get(known.size() - 1);
        return new FrozenIndicator(indicator.id(), indicator.name(), indicator.unit(), indicator.baseline(),
                indicator.target(), indicator.targetDate(), latest == null ? null : latest.value(),
                latest == null ? null : latest.date(), onTrack(IndicatorProgress.of(indicator, known, from)));
    }

    /**
     * Whether {@code value} measured on {@code at} is on track for an indicator from {@code baseline} (at
     * {@code from}) to {@code target} (at {@code targetDate}), by {@link IndicatorProgress}'s rule;
     * {@code null} when that cannot be judged.
     */
    public static Boolean onTrack(BigDecimal baseline, BigDecimal target, LocalDate from, LocalDate targetDate,
                                  BigDecimal value, LocalDate at) {
        if (value == null || at == null) {
            return null;
        }
        var indicator = new Indicator(java.util.UUID.randomUUID(), "", "", baseline, target, targetDate);
        return onTrack(IndicatorProgress.of(indicator, List.of(new Measurement(at, value, "")), from));
    }

    /** The judgement as a review stores it: on track, behind, or {@code null} (not judged). */
    public static Boolean onTrack(IndicatorProgress p) {
        return switch (p.verdict()) {
            case ON_TRACK -> true;
            case BEHIND -> false;
            case NOT_JUDGED -> null;
        };
    }
}
