package de.werkbank.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.session.Session;
import de.werkbank.store.StoreLocation;
import de.werkbank.ui.shell.MainWindow;
import de.werkbank.ui.theme.Theme;
import de.werkbank.ui.virtual.VirtualList;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class KeyboardMovesUiTest {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        Theme.installBase();
        new MainWindow(stage).show(Session.openOrCreate(StoreLocation.in(dir)));
        stage.show();
    }

    @BeforeEach
    void waitForTheWindow(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#catalogue-search").tryQuery().isPresent());
    }

    @SuppressWarnings("unchecked")
    private static VirtualList<CardItem> cards(FxRobot robot, int column) {
        return (VirtualList<CardItem>) robot.lookup("#column-" + column + " .column-cards").queryAs(VirtualList.class);
    }

    private static List<String> titles(FxRobot robot, int column) {
        return cards(robot, column).getItems().stream().map(i -> i.card().title()).toList();
    }

    @Test
    void ctrlRightMovesTheSelectedCardToTheNextColumnAndCtrlZBringsItBack(FxRobot robot) {
        String first = titles(robot, 0).get(0);
        robot.clickOn(robot.lookup("#column-0 .card-row").nth(0).queryAs(javafx.scene.Node.class));

        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(titles(robot, 0)).doesNotContain(first);
        assertThat(titles(robot, 1).get(0)).isEqualTo(first);
        assertThat(cards(robot, 1).selectedItem().card().title()).isEqualTo(first);
        assertThat(cards(robot, 1).isFocused()).isTrue();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titles(robot, 0).get(0)).isEqualTo(first);
    }

    @Test
    void arrowsMoveTheFocusBetweenCardsAndColumns(FxRobot robot) {
        robot.clickOn(robot.lookup("#column-2 .card-row").nth(0).queryAs(javafx.scene.Node.class));
        robot.type(KeyCode.DOWN);
        assertThat(cards(robot, 2).selectedIndexProperty().get()).isEqualTo(1);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cards(robot, 3).isFocused()).isTrue();
        assertThat(cards(robot, 3).selectedIndexProperty().get()).isEqualTo(1);
        assertThat(cards(robot, 2).selectedIndexProperty().get()).isEqualTo(-1);
    }

    @Test
    void deleteArchivesTheSelectedCardAndCtrlZBringsItBack(FxRobot robot) {
        String first = titles(robot, 2).get(0);
        robot.clickOn(robot.lookup("#column-2 .card-row").nth(0).queryAs(javafx.scene.Node.class));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titles(robot, 2)).hasSize(2).doesNotContain(first);
        assertThat(cards(robot, 2).selectedIndexProperty().get()).isZero();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titles(robot, 2)).hasSize(3).first().isEqualTo(first);
    }
}
