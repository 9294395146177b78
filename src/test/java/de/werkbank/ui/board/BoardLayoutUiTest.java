package de.werkbank.ui.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import de.werkbank.ui.WindowUiTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The board at 1280×720 reads evenly: all card titles in one type size, long compounds broken at
 * their joints with a hyphen, and with swimlanes each lane starting at the same height in every
 * column, also when the columns are scrolled.
 */
class BoardLayoutUiTest extends WindowUiTest {

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static List<Label> cardTitles(FxRobot robot) {
        return robot.lookup(".card-title").queryAllAs(Label.class).stream().filter(BoardLayoutUiTest::shown).toList();
    }

    /** The screen top of each shown lane header of the column, by the lane's name. */
    private static Map<String, Double> laneTops(FxRobot robot, int column) {
        Map<String, Double> tops = new HashMap<>();
        for (Node header : robot.lookup("#column-" + column + " .lane-name").queryAll()) {
            Node line = header.getParent(); // the header's line under the gap that lines it up
            if (shown(header)) {
                tops.put(((Label) header).getText(), line.localToScreen(line.getBoundsInLocal()).getMinY());
            }
        }
        return tops;
    }

    private void resize(FxRobot robot) {
        robot.interact(() -> {
            Stage stage = (Stage) robot.lookup(".board").query().getScene().getWindow();
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void allCardTitlesHaveOneSizeAndLongCompoundsBreakAtTheirJoints(FxRobot robot) {
        resize(robot);
        List<Label> titles = cardTitles(robot);
        assertThat(titles).hasSizeGreaterThanOrEqualTo(9);
        assertThat(titles).extracting(l -> l.getFont().getSize()).containsOnly(titles.get(0).getFont().getSize());
        // at 1280×720 a column is too narrow for „Ausbildungsmesse“ and „Willkommenspaket“ on one line
        assertThat(titles).extracting(Label::getText)
                .anySatisfy(t -> assertThat(t).startsWith("Ausbildungs-\nmesse"))
                .anySatisfy(t -> assertThat(t).startsWith("Willkommens-\npaket"));

        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        List<Label> withLanes = cardTitles(robot);
        assertThat(withLanes).isNotEmpty();
        assertThat(withLanes).extracting(l -> l.getFont().getSize()).containsOnly(titles.get(0).getFont().getSize());
    }

    @Test
    void aLaneStartsAtTheSameHeightInEveryColumnAlsoWhenScrolled(FxRobot robot) {
        resize(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertLanesLinedUp(robot, 2);

        // the columns scroll together: scrolled by the wheel in one, the lanes stay lined up
        robot.interact(() -> cards(robot, 2).scrollBy(180));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cards(robot, 0).scrolledProperty().get()).isEqualTo(180.0);
        assertLanesLinedUp(robot, 2);
    }

    /** Every lane header shown in several columns stands at one height; at least {@code lanes} such lanes. */
    private static void assertLanesLinedUp(FxRobot robot, int lanes) {
        Map<String, Double> first = laneTops(robot, 0);
        int compared = 0;
        for (String lane : first.keySet()) {
            for (int column = 1; column < 5; column++) {
                Double top = laneTops(robot, column).get(lane);
                assertThat(top).as(lane + " in column " + column).isNotNull();
                assertThat(top).as(lane + " in column " + column).isCloseTo(first.get(lane), offset(0.5));
            }
            compared++;
        }
        assertThat(compared).isGreaterThanOrEqualTo(lanes);
    }
}
