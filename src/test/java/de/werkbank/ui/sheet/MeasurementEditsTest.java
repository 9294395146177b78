package de.werkbank.ui.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.plan.Card;
import de.werkbank.session.Session;
import de.werkbank.sheet.Indicator;
import de.werkbank.sheet.IndicatorProgress;
import de.werkbank.sheet.Measurement;
import de.werkbank.store.StoreLocation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A measured value added to the Bürgerbus's first indicator (0 → 400 by 2027-12-31) is an edit of the
 * sheet through the plan's editor: stored, judged, in the history, and taken back by undo.
 */
class MeasurementEditsTest {

    @TempDir
    java.nio.file.Path dir;

    private Session session;

    @BeforeEach
    void open() {
        session = Session.openOrCreate(StoreLocation.in(dir));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aValueAddedIsStoredJudgedNamedInTheHistoryAndUndone() {
        Card card = session.store().plan().orElseThrow().cards().stream()
                .filter(c -> c.title().equals("Bürgerbus Nideggen–Heimbach")).findFirst().orElseThrow();
        SheetViewModel sheet = new SheetViewModel(session, Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"),
                ZoneOffset.UTC), card.id(), card.title(), List.of());
        Indicator riders = sheet.sheet().indicators().get(0);
        List<Measurement> before = riders.measurements();
        Measurement atTarget = new Measurement(LocalDate.of(2027, 12, 31), new BigDecimal("400"), "Zählung");

        Optional<String> refused = sheet.edit(d -> d.indicators.replaceAll(i -> i.id().equals(riders.id())
                ? i.withMeasurements(plus(i.measurements(), atTarget)) : i));
        assertThat(refused).isEmpty();
        Indicator stored = session.store().sheet(card.id()).indicators().get(0);
        assertThat(stored.measurements()).hasSize(before.size() + 1).last().isEqualTo(atTarget);
        assertThat(IndicatorProgress.of(stored, stored.measurements(), sheet.sheet().start()).verdict())
                .isEqualTo(IndicatorProgress.Verdict.ON_TRACK);
        assertThat(session.store().history()).last().extracting(h -> h.description()).asString()
                .contains("Messwert", "2027-12-31");

        session.editor().undo();
        assertThat(session.store().sheet(card.id()).indicators().get(0).measurements()).isEqualTo(before);
    }

    private static List<Measurement> plus(List<Measurement> all, Measurement m) {
        List<Measurement> result = new ArrayList<>(all);
        result.add(m);
        return result;
    }
}
