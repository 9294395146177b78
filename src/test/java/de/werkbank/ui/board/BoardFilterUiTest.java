package de.werkbank.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.ui.WindowUiTest;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class BoardFilterUiTest extends WindowUiTest {

    @Test
    void typingInTheFilterHidesOtherCardsAndClearingBringsThemBack(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#board-filter-text").tryQuery().isPresent());
        int all = titles(robot, 2).size();

        robot.clickOn("#board-filter-text").write("Welcome");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titles(robot, 2)).containsExactly("Welcome Center für Fachkräfte");
        assertThat(titles(robot, 0)).isEmpty();
        assertThat(text(robot, "#column-2 .column-count")).isEqualTo("1 von " + all);
        assertThat(text(robot, "#column-0 .placeholder")).isEqualTo("Keine Karte passt zum Filter");

        robot.clickOn("#board-filter-clear");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titles(robot, 2)).hasSize(all);
        assertThat(text(robot, "#column-2 .column-count")).isEqualTo(String.valueOf(all));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}
