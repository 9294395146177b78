package de.werkbank.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.session.Session;
import de.werkbank.store.StoreLocation;
import de.werkbank.timeline.Bar;
import de.werkbank.ui.board.BoardViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Strategie view's model on the sample store, without a screen. */
class TimelineViewModelTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);
    private final BoardViewModel board = new BoardViewModel(clock);
    private final TimelineViewModel model = new TimelineViewModel(board, clock);
    private Session session;

    @BeforeEach
    void open() {
        session = Session.openOrCreate(StoreLocation.in(dir));
        board.attach(session);
        model.attach(session);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void movingByAUnitIsOneStepThatUndoTakesBack() {
        Bar bar = model.timelineProperty().get().bars().get(0);
        UUID card = bar.measure().card();
        LocalDate start = session.store().sheet(card).start();
        LocalDate end = session.store().sheet(card).end();

        // the view opens on years: a year is the unit
        model.moveByUnit(card, 1);
        assertThat(session.store().sheet(card).start()).isEqualTo(start.plusYears(1));
        session.editor().undo();
        model.zoomProperty().set(de.werkbank.timeline.Zoom.QUARTERS);
        model.moveByUnit(card, 1);
        assertThat(session.store().sheet(card).start()).isEqualTo(start.plusMonths(3));
        assertThat(session.store().sheet(card).end()).isEqualTo(end.plusMonths(3));
        assertThat(model.timelineProperty().get().bar(card).orElseThrow().measure().start()).isEqualTo(start.plusMonths(3));

        session.editor().undo();
        assertThat(session.store().sheet(card).start()).isEqualTo(start);
        assertThat(model.timelineProperty().get().bar(card).orElseThrow().measure().start()).isEqualTo(start);
    }

    @Test
    void anEndBeforeTheStartIsRefusedWithTheSheetsReason() {
        Bar bar = model.timelineProperty().get().bars().get(0);
        UUID card = bar.measure().card();
        var before = session.store().sheet(card);
        assertThat(model.setDates(card, before.start(), before.start().minusDays(1)))
                .hasValueSatisfying(text -> assertThat(text).contains("Ende liegt vor dem Beginn"));
        assertThat(session.store().sheet(card)).isEqualTo(before);
        assertThat(session.editor().canUndo()).isFalse();
    }

    @Test
    void aMeasureWithoutDatesPlacedOnTheChartGetsTheMonthItFellIn() {
        var undated = model.timelineProperty().get().undated().get(0).measure();
        model.place(undated.card(), LocalDate.of(2027, 5, 17));
        var sheet = session.store().sheet(undated.card());
        assertThat(sheet.start()).isEqualTo(LocalDate.of(2027, 5, 1));
        assertThat(sheet.end()).isAfterOrEqualTo(sheet.start());
        assertThat(model.timelineProperty().get().bar(undated.card())).isPresent();
    }
}
