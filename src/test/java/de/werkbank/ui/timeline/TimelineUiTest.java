package de.werkbank.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.sheet.Werkzeugblatt;
import de.werkbank.timeline.Bar;
import de.werkbank.timeline.Timeline;
import de.werkbank.timeline.Zoom;
import de.werkbank.ui.WindowUiTest;
import de.werkbank.ui.board.CardFilter;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.event.Event;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class TimelineUiTest extends WindowUiTest {

    private TimelineCanvas canvas;
    private Zoom opened;

    @BeforeEach
    void showStrategie(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#timeline-canvas").tryQuery().isPresent());
        canvas = robot.lookup("#timeline-canvas").queryAs(TimelineCanvas.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> timeline() != null);
        opened = timeline().zoom();
        // the tests below drag and move at 2 px a day, by quarters
        WaitForAsyncUtils.asyncFx(() -> canvas.zoomTo(canvas.getWidth() / 2, Zoom.QUARTERS));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, canvas::isFocused);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("focus on " + canvas.getScene().getFocusOwner(), e);
        }
    }

    /** A mouse event of the primary button at a point of the chart, delivered to the chart as the toolkit does. */
    private void mouse(javafx.event.EventType<MouseEvent> type, double chartX, double chartY) {
        var v = canvas.view();
        double x = v.screenX(chartX);
        double y = v.screenY(chartY);
        Point2D screen = canvas.localToScreen(x, y);
        Point2D scene = canvas.localToScene(x, y); // an event fired at a node is given in scene coordinates
        WaitForAsyncUtils.asyncFx(() -> Event.fireEvent(canvas, new MouseEvent(type, scene.getX(), scene.getY(),
                screen.getX(), screen.getY(),
                MouseButton.PRIMARY, 1, false, false, false, false, type != MouseEvent.MOUSE_RELEASED, false, false,
                false, false, false, null)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A key pressed while the chart has the focus. */
    private void key(KeyCode code, boolean shift, boolean alt) {
        WaitForAsyncUtils.asyncFx(() -> Event.fireEvent(canvas, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift,
                false, alt, false)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Timeline timeline() {
        return canvas.model().timelineProperty().get();
    }

    private Werkzeugblatt stored(UUID card) {
        return canvas.model().session().store().sheet(card);
    }

    /** The sample plan's first dated measure, scrolled so that its end is in the chart's middle. */
    private Bar firstBar() {
        Bar bar = timeline().bars().get(0);
        WaitForAsyncUtils.asyncFx(() -> {
            canvas.scrollXProperty().set(bar.right() - (canvas.getWidth() - 180) / 2);
            canvas.reveal(bar.measure().card());
        });
        WaitForAsyncUtils.waitForFxEvents();
        return bar;
    }

    @Test
    void theSamplePlansDatedMeasuresAreBarsInTheirFieldsLanesAndTheOthersAreListedApart() {
        Timeline t = timeline();
        // the plan over the years first
        assertThat(opened).isEqualTo(Zoom.YEARS);
        assertThat(t.bars()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(t.undated()).isNotEmpty();
        for (Bar b : t.bars()) {
            assertThat(t.lanes().get(b.lane()).key()).isEqualTo(b.measure().handlungsfeld());
            Werkzeugblatt sheet = stored(b.measure().card());
            assertThat(b.measure().start()).isEqualTo(sheet.start());
            assertThat(b.measure().end()).isEqualTo(sheet.end());
        }
    }

    @Test
    void hoveringALanesHeaderShowsItsZukunftsbild(FxRobot robot) {
        var lane = timeline().lanes().get(0);
        robot.moveTo(canvas.screenPoint(-100, lane.y() + 10));
        WaitForAsyncUtils.waitForFxEvents();
        String vision = canvas.model().session().store().catalogue().zukunftsbild(lane.key());
        assertThat(vision).isNotBlank();
        assertThat(canvas.hoverText()).hasValueSatisfying(text -> assertThat(text).contains(lane.title()).contains(vision));
    }

    @Test
    void draggingABarsEndChangesTheSheetsEndAndUndoRestoresIt(FxRobot robot) {
        Bar bar = firstBar();
        UUID card = bar.measure().card();
        LocalDate end = stored(card).end();
        LocalDate start = stored(card).start();
        // 60 px at 2 px a day (quarters): 30 days later
        mouse(MouseEvent.MOUSE_PRESSED, bar.right() - 2, bar.middleY());
        mouse(MouseEvent.MOUSE_DRAGGED, bar.right() + 28, bar.middleY());
        mouse(MouseEvent.MOUSE_DRAGGED, bar.right() + 58, bar.middleY());
        mouse(MouseEvent.MOUSE_RELEASED, bar.right() + 58, bar.middleY());

        assertThat(stored(card).end()).isEqualTo(end.plusDays(30));
        assertThat(stored(card).start()).isEqualTo(start);
        assertThat(timeline().bar(card).orElseThrow().right()).isEqualTo(bar.right() + 60);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored(card).end()).isEqualTo(end);
        assertThat(timeline().bar(card).orElseThrow().right()).isEqualTo(bar.right());
    }

    @Test
    void altRightMovesTheSelectedMeasureByAQuarterAndUndoTakesItBack(FxRobot robot) {
        Bar bar = firstBar();
        UUID card = bar.measure().card();
        mouse(MouseEvent.MOUSE_PRESSED, bar.right() - 40, bar.middleY());
        mouse(MouseEvent.MOUSE_RELEASED, bar.right() - 40, bar.middleY());
        assertThat(canvas.model().selectedProperty().get()).isEqualTo(card);
        LocalDate start = stored(card).start();
        LocalDate end = stored(card).end();

        key(KeyCode.RIGHT, false, true);
        assertThat(stored(card).start()).isEqualTo(start.plusMonths(3));
        assertThat(stored(card).end()).isEqualTo(end.plusMonths(3));

        key(KeyCode.LEFT, true, true);
        assertThat(stored(card).start()).isEqualTo(start.plusMonths(3));
        assertThat(stored(card).end()).isEqualTo(end);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored(card).start()).isEqualTo(start);
        assertThat(stored(card).end()).isEqualTo(end);
    }

    @Test
    void anEndBeforeTheStartIsRefusedWithTheReasonAndChangesNothing(FxRobot robot) {
        Bar bar = firstBar();
        UUID card = bar.measure().card();
        Werkzeugblatt before = stored(card);
        mouse(MouseEvent.MOUSE_PRESSED, bar.right() - 2, bar.middleY());
        mouse(MouseEvent.MOUSE_DRAGGED, bar.x() - 40, bar.middleY());
        mouse(MouseEvent.MOUSE_RELEASED, bar.x() - 40, bar.middleY());

        assertThat(stored(card)).isEqualTo(before);
        assertThat(robot.lookup("#timeline-message").queryAs(Label.class).getText()).contains("Ende liegt vor dem Beginn");
    }

    @Test
    void theBoardsFilterNarrowsTheChartTooAndPlusZoomsIn(FxRobot robot) {
        String field = timeline().bars().get(0).measure().handlungsfeld();
        WaitForAsyncUtils.asyncFx(() -> canvas.model().boardFilter().set(
                new CardFilter("", field, null, null, null, false, false)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline().bars()).isNotEmpty()
                .allSatisfy(b -> assertThat(b.measure().handlungsfeld()).isEqualTo(field));
        assertThat(timeline().undated()).allSatisfy(u -> assertThat(u.measure().handlungsfeld()).isEqualTo(field));

        Bar bar = firstBar();
        mouse(MouseEvent.MOUSE_PRESSED, bar.right() - 40, bar.middleY());
        mouse(MouseEvent.MOUSE_RELEASED, bar.right() - 40, bar.middleY());
        key(KeyCode.ADD, false, false);
        assertThat(timeline().zoom()).isEqualTo(Zoom.MONTHS);
    }

    @Test
    void aMeasureDraggedFromOhneZeitraumOntoTheChartGetsDatesThereAndUndoTakesThemBack(FxRobot robot) {
        Timeline.Undated item = timeline().undated().stream().filter(u -> u.measure().start() == null
                && u.measure().end() == null).findFirst().orElseThrow();
        UUID card = item.measure().card();
        javafx.scene.Node cell = robot.lookup("#timeline-undated .list-cell").queryAll().stream()
                .filter(c -> c instanceof javafx.scene.control.ListCell<?> lc && lc.getItem() == item)
                .findFirst().orElseThrow();
        double localX = canvas.getWidth() * 0.6;
        double localY = canvas.getHeight() * 0.5;
        LocalDate under = timeline().dateAt(canvas.view().chartX(localX));

        robot.drag(cell, MouseButton.PRIMARY).dropTo(canvas.localToScreen(localX, localY));
        WaitForAsyncUtils.waitForFxEvents();

        Werkzeugblatt sheet = stored(card);
        assertThat(sheet.start()).isNotNull();
        assertThat(sheet.start().getDayOfMonth()).isEqualTo(1);
        assertThat(sheet.start()).isBetween(under.minusMonths(1), under);
        // one unit of the zoom (a quarter)
        assertThat(sheet.end()).isEqualTo(sheet.start().plusMonths(3).minusDays(1));
        assertThat(timeline().bar(card)).isPresent();
        assertThat(timeline().undated()).noneMatch(u -> u.measure().card().equals(card));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored(card).start()).isNull();
        assertThat(stored(card).end()).isNull();
        assertThat(timeline().undated()).anyMatch(u -> u.measure().card().equals(card));
    }

    @Test
    void aBarsHoverTextJudgesItsIndicatorsAndSaysHow(FxRobot robot) {
        Bar bar = timeline().bars().stream().filter(b -> !b.measure().indicators().isEmpty()).findFirst()
                .orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> {
            canvas.scrollXProperty().set(Math.max(0, bar.x() - 20));
            canvas.reveal(bar.measure().card());
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo(canvas.screenPoint(Math.max(bar.x(), canvas.view().scrollX()) + 10, bar.middleY()));
        WaitForAsyncUtils.waitForFxEvents();
        var indicator = bar.measure().indicators().get(0);
        assertThat(canvas.hoverText()).hasValueSatisfying(text -> assertThat(text)
                .contains("Indikator " + indicator.name() + ": ")
                .containsAnyOf("auf Kurs", "hinter Plan", "nicht beurteilbar")
                .contains("gerade Linie vom Ausgangswert"));
    }
}
