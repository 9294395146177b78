package de.werkbank.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.ui.WindowUiTest;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class KeyboardMovesUiTest extends WindowUiTest {

    @Test
    void theKeyboardStartsOnTheFirstCardSoCtrlRightMovesItWithoutAClick(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        String first = titles(robot, 0).get(0);
        assertThat(cards(robot, 0).isFocused()).isTrue();
        assertThat(selectedCard(robot, 0).card().title()).isEqualTo(first);

        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titles(robot, 1).get(0)).isEqualTo(first);
    }

    @Test
    void ctrlRightMovesTheSelectedCardToTheNextColumnAndCtrlZBringsItBack(FxRobot robot) {
        String first = titles(robot, 0).get(0);
        robot.clickOn(robot.lookup("#column-0 .card-row").nth(0).queryAs(Node.class));

        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(titles(robot, 0)).doesNotContain(first);
        assertThat(titles(robot, 1).get(0)).isEqualTo(first);
        assertThat(selectedCard(robot, 1).card().title()).isEqualTo(first);
        assertThat(cards(robot, 1).isFocused()).isTrue();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titles(robot, 0).get(0)).isEqualTo(first);
    }

    @Test
    void arrowsMoveTheFocusBetweenCardsAndColumns(FxRobot robot) {
        robot.clickOn(robot.lookup("#column-2 .card-row").nth(0).queryAs(Node.class));
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
        robot.clickOn(robot.lookup("#column-2 .card-row").nth(0).queryAs(Node.class));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titles(robot, 2)).hasSize(2).doesNotContain(first);
        assertThat(cards(robot, 2).selectedIndexProperty().get()).isZero();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titles(robot, 2)).hasSize(3).first().isEqualTo(first);
    }
}
