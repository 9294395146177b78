package de.werkbank.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** On track means at least as far as a straight line from the baseline (at the start) to the target (at its date). */
class IndicatorFreezeTest {

    static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    static final LocalDate TARGET_DATE = LocalDate.of(2028, 1, 1);

    private static Boolean judge(String baseline, String target, String value, LocalDate at) {
        return IndicatorFreeze.onTrack(baseline == null ? null : new BigDecimal(baseline),
                target == null ? null : new BigDecimal(target), FROM, TARGET_DATE,
                value == null ? null : new BigDecimal(value), at);
    }

    @Test
    void halfWayInTimeNeedsHalfTheWayInValue() {
        LocalDate halfWay = LocalDate.of(2026, 1, 1); // 731 of 1461 days: a little over half
        assertThat(judge("100", "300", "210", halfWay)).isTrue();
        assertThat(judge("100", "300", "199", halfWay)).isFalse();
    }

    @Test
    void aFallingTargetIsJudgedTheSameWay() {
        LocalDate halfWay = LocalDate.of(2026, 1, 1);
        // Leerstand from 40 to 20 %: half way is 30
        assertThat(judge("40", "20", "29", halfWay)).isTrue();
        assertThat(judge("40", "20", "35", halfWay)).isFalse();
    }

    @Test
    void aReachedTargetIsOnTrackAndMissingValuesCannotBeJudged() {
        assertThat(judge("100", "300", "300", FROM.plusDays(1))).isTrue();
        assertThat(judge("100", "300", null, FROM.plusDays(1))).isNull();
        assertThat(judge("100", null, "200", FROM.plusDays(1))).isNull();
        assertThat(judge(null, "300", "200", FROM.plusDays(1))).isNull();
    }

    @Test
    void aReviewFreezesTheNewestValueMeasuredOnOrBeforeItsDate() {
        var indicator = new de.werkbank.sheet.Indicator(java.util.UUID.randomUUID(), "Fahrgäste", "pro Monat",
                new BigDecimal("100"), new BigDecimal("300"), TARGET_DATE, java.util.List.of(
                        new de.werkbank.sheet.Measurement(LocalDate.of(2025, 1, 1), new BigDecimal("150"), ""),
                        new de.werkbank.sheet.Measurement(LocalDate.of(2026, 1, 1), new BigDecimal("180"), ""),
                        new de.werkbank.sheet.Measurement(LocalDate.of(2027, 1, 1), new BigDecimal("290"), "")), null);
        FrozenIndicator frozen = IndicatorFreeze.freeze(indicator, LocalDate.of(2026, 6, 30), FROM);
        assertThat(frozen.latest()).isEqualByComparingTo("180");
        assertThat(frozen.latestDate()).isEqualTo(LocalDate.of(2026, 1, 1));
        // on 2026-01-01 the line expects 731/1461 of the way (200.05); 180 is behind
        assertThat(frozen.onTrack()).isFalse();
        FrozenIndicator before = IndicatorFreeze.freeze(indicator, LocalDate.of(2024, 12, 31), FROM);
        assertThat(before.latest()).isNull();
        assertThat(before.onTrack()).isNull();
    }

    @Test
    void aLinkedIndicatorIsFrozenWithTheDatenchecksValueAndWithoutOneItSaysSoPlainly() {
        var share = new de.werkbank.sheet.Indicator(java.util.UUID.randomUUID(), "Anteil 65+ in Heimbach", "%",
                new BigDecimal("24"), new BigDecimal("22"), TARGET_DATE);
        var fromDatencheck = java.util.List.of(
                new de.werkbank.sheet.Measurement(LocalDate.of(2024, 12, 31), new BigDecimal("24.0"), ""),
                new de.werkbank.sheet.Measurement(LocalDate.of(2025, 12, 31), new BigDecimal("23.0"), ""));
        FrozenIndicator frozen = IndicatorFreeze.freeze(share, fromDatencheck, LocalDate.of(2026, 6, 30), FROM);
        assertThat(frozen.latest()).isEqualByComparingTo("23");
        assertThat(frozen.latestDate()).isEqualTo(LocalDate.of(2025, 12, 31));
        // two of four years gone, half the way down (23 of 24 → 22): on track
        assertThat(frozen.onTrack()).isTrue();
        assertThat(ReviewDiff.valuesAtDate(frozen)).isEqualTo("24 → 22 % (23)");

        FrozenIndicator none = IndicatorFreeze.freeze(share, java.util.List.of(), LocalDate.of(2026, 6, 30), FROM);
        assertThat(none.latest()).isNull();
        assertThat(none.onTrack()).isNull();
        assertThat(ReviewDiff.valuesAtDate(none)).isEqualTo("24 → 22 % (kein Wert am Stichtag)");
    }

    @Test
    void theReviewJudgesAsTheSheetDoes() {
        var riders = new de.werkbank.sheet.Indicator(java.util.UUID.randomUUID(), "Fahrgäste", "pro Monat",
                new BigDecimal("100"), new BigDecimal("300"), null);
        var reached = java.util.List.of(new de.werkbank.sheet.Measurement(LocalDate.of(2026, 1, 1),
                new BigDecimal("300"), ""));
        var halfWay = java.util.List.of(new de.werkbank.sheet.Measurement(LocalDate.of(2026, 1, 1),
                new BigDecimal("200"), ""));
        for (var values : java.util.List.of(reached, halfWay)) {
            var sheet = de.werkbank.sheet.IndicatorProgress.of(riders, values, FROM);
            assertThat(IndicatorFreeze.freeze(riders, values, LocalDate.of(2026, 6, 30), FROM).onTrack())
                    .isEqualTo(IndicatorFreeze.onTrack(sheet));
        }
        // a reached target is on course even without a target date; half way without one cannot be judged
        assertThat(IndicatorFreeze.freeze(riders, reached, LocalDate.of(2026, 6, 30), FROM).onTrack()).isTrue();
        assertThat(IndicatorFreeze.freeze(riders, halfWay, LocalDate.of(2026, 6, 30), FROM).onTrack()).isNull();
    }
}
