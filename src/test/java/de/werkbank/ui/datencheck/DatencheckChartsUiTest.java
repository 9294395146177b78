package de.werkbank.ui.datencheck;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.datencheck.ProfileTable;
import de.werkbank.ui.WindowUiTest;
import de.werkbank.chart.PyramidDrawing;
import de.werkbank.chart.SeriesDrawing;
import de.werkbank.ui.datencheck.charts.ChartExport;
import de.werkbank.ui.datencheck.charts.DrawingView;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class DatencheckChartsUiTest extends WindowUiTest {

    @SuppressWarnings("unchecked")
    private static DrawingView<PyramidDrawing> pyramid(FxRobot robot) {
        return robot.lookup("#pyramid-chart").queryAs(DrawingView.class);
    }

    /** What the tooltip says with the pointer on the youngest men's bar. */
    private static String firstMenBar(FxRobot robot) {
        DrawingView<PyramidDrawing> chart = pyramid(robot);
        Rectangle2D bar = chart.drawing().barBounds(0, true);
        robot.moveTo(chart.localToScreen(5, 5));
        robot.moveTo(chart.localToScreen(bar.getCenterX(), bar.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        return chart.tooltipText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingAnAreaInTheTreeSelectsItsRowAndRedrawsThePyramid(FxRobot robot) {
        robot.clickOn("Datencheck");
        robot.clickOn("Pyramide");
        WaitForAsyncUtils.waitForFxEvents();
        String kreis = firstMenBar(robot);
        assertThat(kreis).startsWith("Männer 0-4: ");

        TreeView<?> tree = robot.lookup("#datencheck-tree").queryAs(TreeView.class);
        robot.clickOn(robot.lookup("#datencheck-tree .tree-cell")
                .match(n -> n instanceof TreeCell<?> c && c.isVisible() && "Heimbach".equals(c.getText()))
                .queryAs(TreeCell.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(firstMenBar(robot)).startsWith("Männer 0-4: ").isNotEqualTo(kreis);
        assertThat(((javafx.scene.control.TreeItem<de.werkbank.area.Area>) tree.getSelectionModel().getSelectedItem())
                .getValue().name()).isEqualTo("Heimbach");
        TableView<ProfileTable.Row> table = robot.lookup("#datencheck-table").queryAs(TableView.class);
        assertThat(table.getSelectionModel().getSelectedItem().area().name()).isEqualTo("Heimbach");
        assertThat(robot.lookup("#pyramid-heading").queryAs(Label.class).getText()).contains("Heimbach", "2019");

        ComboBox<Integer> year = robot.lookup("#datencheck-year").queryAs(ComboBox.class);
        robot.interact(() -> year.setValue(2011));
        assertThat(robot.lookup("#pyramid-heading").queryAs(Label.class).getText()).contains("Heimbach", "2011");
        assertThat(pyramid(robot).drawing().outline()).as("the base year's outline").isNotEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTimeSeriesNamesTheAreaYearAndValueUnderThePointer(FxRobot robot) {
        robot.clickOn("Datencheck");
        robot.clickOn("Zeitreihe");
        WaitForAsyncUtils.waitForFxEvents();
        DrawingView<SeriesDrawing> chart = robot.lookup("#series-chart").queryAs(DrawingView.class);
        SeriesDrawing.Line first = chart.drawing().lines().get(0);
        int year = first.values().firstKey();
        double[] dot = chart.drawing().dotOf(0, year).orElseThrow();
        robot.moveTo(chart.localToScreen(2, 2));
        robot.moveTo(chart.localToScreen(dot[0], dot[1]));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.tooltipText()).startsWith(first.name() + ", " + year + ": ");
    }

    @Test
    void aChartIsSavedAsAReadablePng(FxRobot robot) throws Exception {
        robot.clickOn("Datencheck");
        robot.clickOn("Zeitreihe");
        WaitForAsyncUtils.waitForFxEvents();
        Node chart = robot.lookup("#series-chart").query();
        Path file = dir.resolve("zeitreihe.png");
        WaitForAsyncUtils.asyncFx(() -> {
            ChartExport.writePng(chart.getParent(), file);
            return null;
        }).get(10, TimeUnit.SECONDS);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isGreaterThan(200);
        assertThat(image.getHeight()).isGreaterThan(100);
    }
}
