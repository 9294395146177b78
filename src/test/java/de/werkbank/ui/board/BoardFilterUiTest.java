package de.werkbank.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.ui.WindowUiTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class BoardFilterUiTest extends WindowUiTest {

    @Test
    void typingInTheFilterHidesOtherCardsAndClearingBringsThemBack(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#board-filter-text").tryQuery().isPresent());
        int all = titles(robot, 2).size();

        robot.clickOn("#board-filter-text").write("Welcome");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titles(robot, 2)).containsExactly("Welcome Center für Fachkräfte");
        assertThat(titles(robot, 0)).isEmpty();

        robot.clickOn("#board-filter-clear");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titles(robot, 2)).hasSize(all);
    }
}
