package de.werkbank.ui.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.ui.WindowUiTest;
import de.werkbank.ui.board.BoardView;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Enter on a catalogue tool takes it into the plan; a tool already on the plan asks first. */
class TakeIntoPlanUiTest extends WindowUiTest {

    private final List<String> asked = new ArrayList<>();

    private void answer(FxRobot robot, boolean yes) {
        robot.interact(() -> robot.lookup(".board").queryAs(BoardView.class).setConfirmation(q -> {
            asked.add(q);
            return yes;
        }));
    }

    private static long onPlan(FxRobot robot, String title) {
        long n = 0;
        for (int c = 0; c < 5; c++) {
            n += titles(robot, c).stream().filter(title::equals).count();
        }
        return n;
    }

    private static void enterOn(FxRobot robot, String search) {
        robot.clickOn("#catalogue-search").write(search);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#catalogue-list .werkzeug-tile").nth(0).queryAs(Node.class));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aToolAlreadyOnThePlanAsksAndNoMakesNoSecondCard(FxRobot robot) {
        answer(robot, false);
        enterOn(robot, "Mitfahrbänke");
        assertThat(asked).singleElement().asString().contains("Mitfahrbänke in den Dörfern", "auf einer Karte");
        assertThat(onPlan(robot, "Mitfahrbänke in den Dörfern")).isEqualTo(1);

        answer(robot, true);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onPlan(robot, "Mitfahrbänke in den Dörfern")).isEqualTo(2);
    }

    @Test
    void aToolNotOnThePlanIsTakenWithoutAQuestion(FxRobot robot) {
        answer(robot, false);
        enterOn(robot, "Azubi-Wohnheim");
        assertThat(asked).isEmpty();
        assertThat(titles(robot, 0)).contains("Azubi-Wohnheim in Düren");
    }
}
