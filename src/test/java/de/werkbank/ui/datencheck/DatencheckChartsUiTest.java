package de.werkbank.ui.datencheck;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.datencheck.ProfileTable;
import de.werkbank.ui.WindowUiTest;
import de.werkbank.ui.datencheck.charts.ChartExport;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.shape.Rectangle;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class DatencheckChartsUiTest extends WindowUiTest {

    private static String firstMenBar(FxRobot robot) {
        return robot.lookup(".pyramid-men").queryAs(Rectangle.class).getAccessibleText();
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
        assertThat(robot.lookup(".pyramid-outline").tryQuery()).isPresent();
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
