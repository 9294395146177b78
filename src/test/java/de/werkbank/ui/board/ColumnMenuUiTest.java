package de.werkbank.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.ui.WindowUiTest;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class ColumnMenuUiTest extends WindowUiTest {

    @Test
    void aWipLimitBelowTheCardCountMarksTheColumn(FxRobot robot) {
        Node column = robot.lookup("#column-2").query();
        assertThat(column.getPseudoClassStates()).doesNotContain(PseudoClass.getPseudoClass("over-limit"));

        robot.clickOn(robot.from(column).lookup(".column-menu").queryAs(Node.class));
        robot.clickOn("WIP-Limit…");
        robot.clickOn(".dialog-pane .text-field").write("2").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.from(column).lookup(".column-count").queryAs(Label.class).getText()).isEqualTo("3 / 2");
        assertThat(column.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("over-limit"));
    }
}
