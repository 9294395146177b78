package de.werkbank.ui.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.ui.WindowUiTest;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class SheetUiTest extends WindowUiTest {

    private static List<String> stepTexts(FxRobot robot) {
        return robot.lookup("#sheet-panel .step-text").queryAllAs(TextField.class).stream()
                .map(TextField::getText).toList();
    }

    private static String progressOnCard(FxRobot robot) {
        return robot.lookup("#column-0 .card-row").nth(0).lookup(".card-progress").queryAs(Labeled.class).getText();
    }

    @Test
    void enterOpensTheSheetWhereStepsAreAddedReorderedAndCompletedAndTheCardShowsProgress(FxRobot robot) {
        robot.clickOn(robot.lookup("#column-0 .card-row").nth(0).queryAs(Node.class));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sheet-panel").tryQuery()).isPresent();

        robot.interact(() -> robot.lookup("#sheet-new-step").query().requestFocus());
        for (String step : List.of("Bedarf erheben", "Standorte festlegen", "Baenke aufstellen")) {
            robot.write(step).type(KeyCode.ENTER);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stepTexts(robot)).containsExactly("Bedarf erheben", "Standorte festlegen", "Baenke aufstellen");
        assertThat(progressOnCard(robot)).isEqualTo("0/3");

        robot.interact(() -> robot.lookup("#sheet-panel .step-text").nth(2).query().requestFocus());
        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stepTexts(robot)).containsExactly("Bedarf erheben", "Baenke aufstellen", "Standorte festlegen");

        robot.interact(() -> robot.lookup("#sheet-panel .step-done").nth(0).query().requestFocus());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(progressOnCard(robot)).isEqualTo("1/3");
        assertThat(robot.lookup("#sheet-progress").queryAs(Labeled.class).getText()).startsWith("1 von 3");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(progressOnCard(robot)).isEqualTo("0/3");
        assertThat(robot.lookup("#sheet-panel .step-done").nth(0).queryAs(CheckBox.class).isSelected()).isFalse();
    }

    @Test
    void aDoubleClickOpensTheSheetAndEscapeClosesIt(FxRobot robot) {
        robot.doubleClickOn(robot.lookup("#column-2 .card-row").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sheet-panel").tryQuery()).isPresent();
        assertThat(robot.lookup("#sheet-progress").queryAs(Labeled.class).getText()).contains("von 7 Schritten");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sheet-panel").tryQuery()).isEmpty();
    }

    @Test
    void aStepDraggedByItsHandleLandsWhereItWasDropped(FxRobot robot) {
        robot.clickOn(robot.lookup("#column-3 .card-row").nth(0).queryAs(Node.class));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> before = stepTexts(robot);
        assertThat(before).hasSizeGreaterThanOrEqualTo(3);
        robot.interact(() -> robot.lookup("#sheet-panel .step-text").nth(2).query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();

        Node handle = robot.lookup("#sheet-panel .step-handle").nth(0).query();
        Node third = robot.lookup("#sheet-panel .step-row").nth(2).query();
        robot.drag(handle).dropTo(robot.point(third).atPosition(Pos.TOP_CENTER).atOffset(new Point2D(0, 6)));
        WaitForAsyncUtils.waitForFxEvents();

        // dropped on the upper edge of the third step: the first step now stands just before it
        List<String> expected = new java.util.ArrayList<>(before);
        expected.add(1, expected.remove(0));
        assertThat(stepTexts(robot)).isEqualTo(expected);
    }

    @Test
    void anEndBeforeTheStartIsRefusedWithAMessageAtTheField(FxRobot robot) {
        robot.clickOn(robot.lookup("#column-2 .card-row").nth(0).queryAs(Node.class));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#sheet-end").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(java.time.LocalDate.of(2000, 1, 1)));
        WaitForAsyncUtils.waitForFxEvents();
        Labeled message = robot.lookup("#message-end").queryAs(Labeled.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).contains("Ende liegt vor dem Beginn");
    }
}
