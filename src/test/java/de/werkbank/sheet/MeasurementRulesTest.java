package de.werkbank.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MeasurementRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

    private static Werkzeugblatt sheetWith(Indicator indicator) {
        return Werkzeugblatt.blank(UUID.randomUUID()).with(d -> d.indicators.add(indicator));
    }

    private static Indicator riders(Measurement... values) {
        return new Indicator(UUID.randomUUID(), "Fahrgäste", "Personen", BigDecimal.ZERO, new BigDecimal("400"),
                LocalDate.of(2027, 12, 31)).withMeasurements(List.of(values));
    }

    private static String refusal(Werkzeugblatt sheet) {
        return SheetCheck.blocking(sheet).map(SheetProblem::messageKey).orElse("none");
    }

    @Test
    void valuesOnDifferentDaysWithinTheLimitsAreFine() {
        assertThat(refusal(sheetWith(riders(new Measurement(DAY, new BigDecimal("120"), "Zählung Rurtalbahn"),
                new Measurement(DAY.plusMonths(1), new BigDecimal("-3.25"), ""))))).isEqualTo("none");
    }

    @Test
    void twoValuesOnOneDayATooLargeValueAndATooLongNoteAreRefusedAtTheIndicators() {
        Werkzeugblatt twice = sheetWith(riders(new Measurement(DAY, BigDecimal.ONE, ""), new Measurement(DAY, BigDecimal.TEN, "")));
        assertThat(refusal(twice)).isEqualTo("sheet.problem.measurementSameDate");
        assertThat(SheetCheck.blocking(twice).orElseThrow().field()).isEqualTo(SheetField.INDICATORS);
        assertThat(SheetCheck.blocking(twice).orElseThrow().argument()).isEqualTo(DAY);
        assertThat(refusal(sheetWith(riders(new Measurement(DAY, BigDecimal.TEN.pow(16), "")))))
                .isEqualTo("sheet.problem.measurementOutOfRange");
        assertThat(refusal(sheetWith(riders(new Measurement(DAY, new BigDecimal("9999999999999999.5"), "")))))
                .isEqualTo("none");
        assertThat(refusal(sheetWith(riders(new Measurement(DAY, BigDecimal.ONE, "x".repeat(4001))))))
                .isEqualTo("sheet.problem.measurementNote");
    }

    @Test
    void anIndicatorLinkedToTheDatencheckHoldsNoValuesTypedIn() {
        Indicator linked = riders().withLink(new DataLink("anteil_65_plus", "05358020"));
        assertThat(refusal(sheetWith(linked))).isEqualTo("none");
        assertThat(refusal(sheetWith(linked.withMeasurements(List.of(new Measurement(DAY, BigDecimal.ONE, ""))))))
                .isEqualTo("sheet.problem.linkedWithValues");
    }

    @Test
    void valuesAreKeptInDateOrderSoTheirOrderOfEntryDoesNotMatter() {
        Measurement june = new Measurement(DAY, BigDecimal.ONE, "");
        Measurement may = new Measurement(DAY.minusMonths(1), BigDecimal.TEN, "");
        assertThat(riders(june, may).measurements()).containsExactly(may, june);
        assertThat(riders(june, may).withMeasurements(List.of())).isNotEqualTo(riders(june, may));
    }

    @Test
    void aValueAddedChangedOrRemovedIsADifferenceOfItsOwnNotAChangedIndicator() {
        Indicator before = riders(new Measurement(DAY, BigDecimal.ONE, ""), new Measurement(DAY.plusDays(1), new BigDecimal("2"), ""));
        Indicator after = before.withMeasurements(List.of(new Measurement(DAY, new BigDecimal("1.5"), ""),
                new Measurement(DAY.plusDays(2), BigDecimal.TEN, "")));
        Werkzeugblatt a = sheetWith(before);
        Werkzeugblatt b = a.with(d -> d.indicators.set(0, after));
        assertThat(SheetDiff.between(a, b)).containsExactly(
                new SheetDiff.Change(SheetDiff.Kind.MEASUREMENT_EDITED, "Fahrgäste 2026-06-30"),
                new SheetDiff.Change(SheetDiff.Kind.MEASUREMENT_ADDED, "Fahrgäste 2026-07-02"),
                new SheetDiff.Change(SheetDiff.Kind.MEASUREMENT_REMOVED, "Fahrgäste 2026-07-01"));
    }
}
