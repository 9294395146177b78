package de.werkbank.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.werkbank.sheet.DataLink;
import de.werkbank.sheet.Indicator;
import de.werkbank.sheet.Measurement;
import de.werkbank.sheet.Step;
import de.werkbank.sheet.StepStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SheetPartsTest {

    @Test
    void stepsAndIndicatorsComeBackAsTheyWereWritten() {
        List<Step> steps = List.of(
                new Step(UUID.randomUUID(), "Räume „anfragen“ \\ prüfen", UUID.randomUUID(), "Schulamt, Kita",
                        LocalDate.of(2027, 3, 1), StepStatus.BLOCKED, "Zeile 1\nZeile 2"),
                new Step(UUID.randomUUID(), "Einladen", null, "", null, StepStatus.OPEN, ""));
        List<Indicator> indicators = List.of(
                new Indicator(UUID.randomUUID(), "Teilnehmende", "Personen", new BigDecimal("12.5"),
                        new BigDecimal("1E+3"), LocalDate.of(2028, 1, 1)),
                new Indicator(UUID.randomUUID(), "Quote", "%", null, null, null));

        assertThat(SheetParts.steps(SheetParts.steps(steps))).isEqualTo(steps);
        assertThat(SheetParts.indicators(SheetParts.indicators(indicators))).isEqualTo(indicators);
        assertThat(SheetParts.indicators(indicators)).contains("\"target\":1000").doesNotContain("E+");
    }

    @Test
    void anIndicatorsMeasuredValuesAndDatencheckLinkComeBackAndOldRowsHaveNone() {
        UUID id = UUID.randomUUID();
        Indicator measured = new Indicator(id, "Fahrgäste", "Personen", BigDecimal.ZERO, new BigDecimal("400"),
                LocalDate.of(2027, 12, 31)).withMeasurements(List.of(
                new Measurement(LocalDate.of(2026, 6, 30), new BigDecimal("85"), "Zählung „Juni“"),
                new Measurement(LocalDate.of(2026, 3, 31), new BigDecimal("1E+2"), "")));
        Indicator linked = new Indicator(UUID.randomUUID(), "Anteil 65+", "%", new BigDecimal("24.1"),
                new BigDecimal("24"), null).withLink(new DataLink("anteil_65_plus", "05358020"));
        List<Indicator> both = List.of(measured, linked);

        assertThat(SheetParts.indicators(SheetParts.indicators(both))).isEqualTo(both);
        String old = "[{\"baseline\":0,\"id\":\"" + id + "\",\"name\":\"Fahrgäste\",\"target\":400,"
                + "\"targetDate\":\"2027-12-31\",\"unit\":\"Personen\"}]";
        assertThat(SheetParts.indicators(old)).containsExactly(measured.withMeasurements(List.of()));
    }

    @Test
    void keysInAnyOrderAndKeysItDoesNotKnowAreRead() {
        UUID id = UUID.randomUUID();
        String json = "[{\"status\":\"DONE\",\"id\":\"" + id + "\",\"later\":{\"x\":[1,2]},\"text\":\"Fertig\","
                + "\"note\":\"\",\"withWhom\":\"\",\"who\":null,\"due\":\"2026-12-15\"}]";

        assertThat(SheetParts.steps(json))
                .containsExactly(new Step(id, "Fertig", null, "", LocalDate.of(2026, 12, 15), StepStatus.DONE, ""));
        assertThat(SheetParts.steps("[]")).isEmpty();
    }

    @Test
    void datesAreReadAsTheCalendarHasThem() {
        for (String date : List.of("2026-12-15", "0001-01-01", "2028-02-29", "9999-12-31", "+10000-01-01", "-0001-06-30")) {
            assertThat(SheetParts.date(date)).isEqualTo(LocalDate.parse(date));
        }
        LocalDate day = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < 800; i++, day = day.plusDays(1)) {
            assertThat(SheetParts.date(day.toString())).isEqualTo(day);
        }
        for (String bad : List.of("2027-02-29", "2026-13-01", "2026-00-10", "2026-1a-01", "2026-1-015", "26-12-15")) {
            assertThatThrownBy(() -> SheetParts.date(bad)).as(bad).isInstanceOf(java.time.DateTimeException.class);
        }
        assertThatThrownBy(() -> SheetParts.steps("[{\"id\":\"" + UUID.randomUUID() + "\",\"text\":\"x\","
                + "\"status\":\"OPEN\",\"due\":\"2027-02-30\"}]")).isInstanceOf(StoreException.class);
    }

    @Test
    void aDamagedColumnIsAStoreErrorNotASilentlyEmptySheet() {
        assertThatThrownBy(() -> SheetParts.steps("[{\"id\":\"x\"")).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> SheetParts.indicators("{}")).isInstanceOf(StoreException.class);
    }
}
