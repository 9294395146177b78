package de.werkbank.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.werkbank.sheet.IndicatorProgress.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The judgement against the straight line, with the expectations worked out by hand: 2026-01-01 to
 * 2028-01-01 are 730 days, so on 2027-01-01 (day 365) the line expects half the way.
 */
class IndicatorProgressTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate TARGET_DATE = LocalDate.of(2028, 1, 1);

    private static Indicator indicator(String baseline, String target, LocalDate targetDate) {
        return new Indicator(UUID.randomUUID(), "Fahrgäste pro Monat", "Personen",
                baseline == null ? null : new BigDecimal(baseline), target == null ? null : new BigDecimal(target),
                targetDate);
    }

    private static Measurement value(LocalDate date, String value) {
        return new Measurement(date, new BigDecimal(value), "");
    }

    @Test
    void halfTheWayAtHalfTheTimeIsOnCourseAndOneLessIsBehind() {
        Indicator riders = indicator("0", "400", TARGET_DATE);
        LocalDate half = LocalDate.of(2027, 1, 1);

        IndicatorProgress onTheLine = IndicatorProgress.of(riders, List.of(value(half, "200")), START);
        assertThat(onTheLine.verdict()).isEqualTo(Verdict.ON_TRACK);
        assertThat(onTheLine.expected()).isCloseTo(0.5, within(1e-12));
        assertThat(onTheLine.reached()).isCloseTo(0.5, within(1e-12));
        assertThat(onTheLine.baselineDate()).isEqualTo(START);

        IndicatorProgress short1 = IndicatorProgress.of(riders, List.of(value(half, "199")), START);
        assertThat(short1.verdict()).isEqualTo(Verdict.BEHIND);
        assertThat(short1.reached()).isCloseTo(199.0 / 400, within(1e-12));
        assertThat(short1.bar()).isCloseTo(199.0 / 400, within(1e-12));
    }

    @Test
    void theLatestValueIsJudgedNotTheEarlierOnes() {
        Indicator riders = indicator("0", "400", TARGET_DATE);
        // day 90 of 730 expects 49.3 riders: 60 is ahead; day 365 expects 200: 150 is behind
        List<Measurement> values = List.of(value(LocalDate.of(2027, 1, 1), "150"), value(LocalDate.of(2026, 4, 1), "60"));
        IndicatorProgress p = IndicatorProgress.of(riders.withMeasurements(values), riders.withMeasurements(values).measurements(), START);
        assertThat(p.latest().date()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(p.verdict()).isEqualTo(Verdict.BEHIND);
        assertThat(p.expected()).isCloseTo(365.0 / 730, within(1e-12));
    }

    @Test
    void aTargetBelowTheBaselineIsAWayDownwards() {
        Indicator months = indicator("7", "5", TARGET_DATE);
        LocalDate day182 = LocalDate.of(2026, 7, 2);
        // 182 of 730 days: the line expects 0.2493 of the way, i.e. 6.50 months; 6.5 is 0.25 of the way
        assertThat(IndicatorProgress.of(months, List.of(value(day182, "6.5")), START).verdict()).isEqualTo(Verdict.ON_TRACK);
        assertThat(IndicatorProgress.of(months, List.of(value(day182, "6.6")), START).verdict()).isEqualTo(Verdict.BEHIND);
        IndicatorProgress worse = IndicatorProgress.of(months, List.of(value(day182, "7.5")), START);
        assertThat(worse.verdict()).isEqualTo(Verdict.BEHIND);
        assertThat(worse.reached()).isCloseTo(-0.25, within(1e-12));
        assertThat(worse.bar()).isZero();
    }

    @Test
    void withoutAStartTheLineBeginsAtTheFirstValue() {
        Indicator share = indicator("10", "30", LocalDate.of(2027, 3, 1));
        // 2026-03-01 to 2027-03-01 are 365 days, to 2026-09-01 184: the line expects 0.5041, 20 is 0.5
        List<Measurement> values = List.of(value(LocalDate.of(2026, 3, 1), "10"), value(LocalDate.of(2026, 9, 1), "20"));
        IndicatorProgress p = IndicatorProgress.of(share, values, null);
        assertThat(p.baselineDate()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(p.expected()).isCloseTo(184.0 / 365, within(1e-12));
        assertThat(p.verdict()).isEqualTo(Verdict.BEHIND);
        assertThat(IndicatorProgress.of(share, List.of(values.get(0), value(LocalDate.of(2026, 9, 1), "20.1")), null)
                .verdict()).isEqualTo(Verdict.ON_TRACK);
    }

    @Test
    void afterTheTargetDateOnlyTheTargetIsOnCourseAndBeforeTheStartAnythingNotWorse() {
        Indicator riders = indicator("0", "400", TARGET_DATE);
        LocalDate late = LocalDate.of(2028, 6, 1);
        assertThat(IndicatorProgress.of(riders, List.of(value(late, "400")), START).verdict()).isEqualTo(Verdict.ON_TRACK);
        assertThat(IndicatorProgress.of(riders, List.of(value(late, "399")), START).verdict()).isEqualTo(Verdict.BEHIND);
        IndicatorProgress early = IndicatorProgress.of(riders, List.of(value(LocalDate.of(2025, 12, 31), "0")), START);
        assertThat(early.expected()).isZero();
        assertThat(early.verdict()).isEqualTo(Verdict.ON_TRACK);
        assertThat(IndicatorProgress.of(riders, List.of(value(LocalDate.of(2025, 12, 31), "-1")), START).verdict())
                .isEqualTo(Verdict.BEHIND);
    }

    @Test
    void withoutBaselineTargetTargetDateOrValuesThereIsNoJudgementAndItSaysWhy() {
        List<Measurement> one = List.of(value(LocalDate.of(2027, 1, 1), "100"));
        assertThat(IndicatorProgress.of(indicator(null, "400", TARGET_DATE), one, START))
                .extracting(IndicatorProgress::verdict, IndicatorProgress::reason)
                .containsExactly(Verdict.NOT_JUDGED, "indicator.progress.noTarget");
        assertThat(IndicatorProgress.of(indicator("5", "5", TARGET_DATE), one, START).reason())
                .isEqualTo("indicator.progress.noWay");
        assertThat(IndicatorProgress.of(indicator("0", "400", TARGET_DATE), List.of(), START).reason())
                .isEqualTo("indicator.progress.noValues");
        IndicatorProgress noDate = IndicatorProgress.of(indicator("0", "400", null), one, START);
        assertThat(noDate.reason()).isEqualTo("indicator.progress.noTargetDate");
        assertThat(noDate.bar()).isCloseTo(0.25, within(1e-12));
    }
}
