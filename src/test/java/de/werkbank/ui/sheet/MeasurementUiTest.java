package de.werkbank.ui.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.ui.WindowUiTest;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A measured value typed into the sheet: the first indicator of the Bürgerbus (0 → 400 passengers a
 * month by 2027-12-31) reaching its target on its target date is on course by any straight line,
 * reaching only the baseline then is behind; undo takes the value back.
 */
class MeasurementUiTest extends WindowUiTest {

    private static final LocalDate TARGET_DATE = LocalDate.of(2027, 12, 31);

    private static Node firstIndicator(FxRobot robot) {
        return robot.lookup("#sheet-panel .indicator-row").nth(0).query();
    }

    private static List<LocalDate> dates(FxRobot robot) {
        return robot.from(firstIndicator(robot)).lookup(".measurement-date").queryAllAs(DatePicker.class).stream()
                .map(DatePicker::getValue).toList();
    }

    private static String verdict(FxRobot robot) {
        return robot.from(firstIndicator(robot)).lookup("#indicator-verdict").queryAs(Labeled.class).getText();
    }

    /** Fills in the form below the first indicator and presses "Messwert hinzufügen" (the form may lie below the scrolled view). */
    private void add(FxRobot robot, String value) {
        Node indicator = firstIndicator(robot);
        robot.interact(() -> {
            robot.from(indicator).lookup("#measurement-new-date").queryAs(DatePicker.class).setValue(TARGET_DATE);
            robot.from(indicator).lookup("#measurement-new-value").queryAs(TextField.class).setText(value);
            robot.from(indicator).lookup("#measurement-new-note").queryAs(TextField.class).setText("Zaehlung im Bus");
            robot.from(indicator).lookup("#measurement-add").queryAs(Button.class).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aValueAddedInTheSheetShowsInTheListAndTheProgressAndUndoTakesItBack(FxRobot robot) {
        robot.clickOn(robot.lookup("#column-2 .card-row").nth(0).queryAs(Node.class));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        List<LocalDate> before = dates(robot);
        String verdictBefore = verdict(robot);

        add(robot, "400");
        assertThat(dates(robot)).hasSize(before.size() + 1).last().isEqualTo(TARGET_DATE);
        assertThat(verdict(robot)).isEqualTo("auf Kurs");
        IndicatorProgressLine line = robot.from(firstIndicator(robot)).lookup(".indicator-progress")
                .queryAs(IndicatorProgressLine.class);
        assertThat(line.explanation()).contains("gerade Linie", "erwartet 100 % des Wegs, erreicht 100 %");

        // the plan's undo, not a text field's own: the focus leaves the form first, as a click on the sheet would
        robot.interact(() -> robot.lookup("#sheet-panel").query().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dates(robot)).isEqualTo(before);
        assertThat(verdict(robot)).isEqualTo(verdictBefore);

        add(robot, "0");
        assertThat(verdict(robot)).isEqualTo("hinter Plan");
        assertThat(robot.from(firstIndicator(robot)).lookup(".measurement-note").queryAllAs(TextField.class))
                .extracting(TextField::getText).contains("Zaehlung im Bus");
    }

    @Test
    void aSecondValueOnTheSameDayIsRefusedWithAMessageAndNothingIsAdded(FxRobot robot) {
        robot.clickOn(robot.lookup("#column-2 .card-row").nth(0).queryAs(Node.class));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        add(robot, "120");
        List<LocalDate> once = dates(robot);
        add(robot, "130");
        assertThat(dates(robot)).isEqualTo(once);
        Labeled message = robot.from(firstIndicator(robot)).lookup("#measurement-message").queryAs(Labeled.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).contains("schon einen Messwert");
    }
}
