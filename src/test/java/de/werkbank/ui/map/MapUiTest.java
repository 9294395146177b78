package de.werkbank.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import de.werkbank.datencheck.ProfileTable;
import de.werkbank.map.MapFigure;
import de.werkbank.ui.WindowUiTest;
import java.util.Arrays;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class MapUiTest extends WindowUiTest {

    private static final String JUELICH = "05358024";

    private MapCanvas canvas;

    @BeforeEach
    void openTheDatencheck(FxRobot robot) {
        robot.clickOn("Datencheck");
        WaitForAsyncUtils.waitForFxEvents();
        canvas = robot.lookup("#map-canvas").queryAs(MapCanvas.class);
    }

    /**
     * A double click: a real click, then the second click as the event JavaFX makes of it. Under load the
     * robot's second click can reach the FX thread after the double-click interval and count as a single one.
     */
    private void doubleClick(FxRobot robot, double x, double y) {
        Point2D screen = canvas.localToScreen(x, y);
        Point2D scene = canvas.localToScene(x, y);
        robot.clickOn(screen);
        robot.interact(() -> canvas.fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED, scene.getX(), scene.getY(),
                screen.getX(), screen.getY(), MouseButton.PRIMARY, 2, false, false, false, false, true, false, false, false, false,
                true, null)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The colour on screen at an area's label point, a few pixels below the label. */
    private int shownAt(String key) {
        double[] p = canvas.pointOf(key).orElseThrow();
        var image = ((ImageView) canvas.getChildrenUnmodifiable().get(0)).getImage();
        return image.getPixelReader().getArgb((int) p[0], (int) p[1] + 12) & 0xffffff;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLegendCountsTheFifteenKommunenOnTheMapNotTheKreisAboveThem(FxRobot robot) {
        ComboBox<MapFigure> indicator = robot.lookup("#map-indicator").queryAs(ComboBox.class);
        robot.interact(() -> indicator.setValue(new MapFigure.Derived(ProfileTable.Column.POPULATION)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Arrays.stream(canvas.legendCounts()).sum()).isEqualTo(15);
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingAnotherIndicatorRecoloursTheMap(FxRobot robot) {
        int before = canvas.fillOf(JUELICH).orElseThrow();
        assertThat(shownAt(JUELICH)).isEqualTo(before);

        ComboBox<MapFigure> indicator = robot.lookup("#map-indicator").queryAs(ComboBox.class);
        robot.interact(() -> indicator.setValue(new MapFigure.Derived(ProfileTable.Column.POPULATION)));
        WaitForAsyncUtils.waitForFxEvents();

        int after = canvas.fillOf(JUELICH).orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(shownAt(JUELICH)).isEqualTo(after);
    }

    @Test
    @SuppressWarnings("unchecked")
    void clickingAnAreaSelectsItInTheTableAndTheTableSelectsOnTheMap(FxRobot robot) {
        double[] p = canvas.pointOf(JUELICH).orElseThrow();
        Point2D onScreen = canvas.localToScreen(p[0], p[1] + 12);
        robot.clickOn(onScreen);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<ProfileTable.Row> table = robot.lookup("#datencheck-table").queryAs(TableView.class);
        assertThat(table.getSelectionModel().getSelectedItem().area().name()).isEqualTo("Jülich");

        robot.moveTo(table);
        robot.interact(() -> table.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        String chosen = table.getSelectionModel().getSelectedItem().area().key();
        double[] q = canvas.pointOf(chosen).orElseThrow();
        var image = ((ImageView) canvas.getChildrenUnmodifiable().get(0)).getImage();
        assertThat(canvas.hovered()).isEmpty();
        assertThat(chosen).isNotEqualTo(JUELICH);
        // the selected area is outlined in blue: somewhere between its label and its edge the outline shows
        boolean outlined = false;
        for (int dx = 0; dx < 200 && !outlined; dx++) {
            int x = (int) q[0] + dx;
            if (x >= image.getWidth()) {
                break;
            }
            int argb = image.getPixelReader().getArgb(x, (int) q[1] + 12) & 0xffffff;
            outlined = argb == 0x0b5cad;
        }
        assertThat(outlined).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void withTheMeasuresLayerAClickFiltersTheWerkstattplanToTheAreasMeasures(FxRobot robot) {
        robot.clickOn("#map-measures");
        double[] p = canvas.pointOf(JUELICH).orElseThrow();
        robot.clickOn(canvas.localToScreen(p[0], p[1] + 12));
        WaitForAsyncUtils.waitForFxEvents();

        ComboBox<de.werkbank.area.Area> area = robot.lookup("#board-filter-area").queryAs(ComboBox.class);
        assertThat(area.getValue().key()).isEqualTo(JUELICH);
    }

    @Test
    void theMeasuresLayerCountsTheMeasuresTheBoardsFilterSelects(FxRobot robot) {
        robot.clickOn("#map-measures");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.measureCounts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(22);

        TextField text = robot.lookup("#board-filter-text").queryAs(TextField.class);
        robot.interact(() -> text.setText("W-061"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.measureCounts()).containsOnly(entry("05358044", 1), entry("05358012", 1));
    }

    @Test
    void everyKommuneWithRoomForItsNameIsLabelledInsideItAndTheOthersOnlyOnHover(FxRobot robot) {
        // at 1920×1080 every Kommune has room for its name, the three the first try found without one too
        robot.interact(() -> {
            canvas.getScene().getWindow().setWidth(1920);
            canvas.getScene().getWindow().setHeight(1080);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.labelled()).contains("Aldenhoven", "Merzenich", "Hürtgenwald").hasSize(15);
        robot.clickOn(canvas);
        robot.type(javafx.scene.input.KeyCode.MINUS, 4);
        WaitForAsyncUtils.waitForFxEvents();
        // zoomed out, the smaller Kommunen have no room left: left out, not written across their borders
        assertThat(canvas.labelled()).hasSizeLessThan(15).isNotEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDoubleClickOnAKommuneShowsItsOrtsteileAndBackspaceGoesBackUp(FxRobot robot) {
        double[] p = canvas.pointOf(JUELICH).orElseThrow();
        doubleClick(robot, p[0], p[1] + 12);

        ComboBox<de.werkbank.map.MapLevel> level = robot.lookup("#datencheck-level").queryAs(ComboBox.class);
        assertThat(level.getValue()).isEqualTo(de.werkbank.map.MapLevel.ortsteileOf(JUELICH));
        // Jülich's 16 Stadtteile on the map, each drawn where the picture says
        assertThat(Arrays.stream(canvas.legendCounts()).sum()).isEqualTo(16);
        assertThat(canvas.pointOf("05358024001")).isPresent();
        assertThat(canvas.pointOf("05358008")).as("no other Kommune is drawn").isEmpty();
        TableView<ProfileTable.Row> table = robot.lookup("#datencheck-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(18);

        robot.clickOn(canvas).type(javafx.scene.input.KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(level.getValue()).isEqualTo(de.werkbank.map.MapLevel.KOMMUNEN);
        assertThat(Arrays.stream(canvas.legendCounts()).sum()).isEqualTo(15);
        assertThat(table.getItems()).hasSize(16);
    }
}
