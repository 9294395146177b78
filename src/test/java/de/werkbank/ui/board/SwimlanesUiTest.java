package de.werkbank.ui.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import de.werkbank.ui.WindowUiTest;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class SwimlanesUiTest extends WindowUiTest {

    private static final String WELCOME = "Welcome Center für Fachkräfte";

    private static List<String> laneNames(FxRobot robot, int column) {
        // hidden header nodes wait to be recycled; only the shown ones count
        return robot.lookup("#column-" + column + " .lane-header .lane-name").queryAllAs(Label.class).stream()
                .filter(l -> l.getParent().getParent().isVisible())
                .map(l -> l.getText().replace("-\n", "").replace('\n', ' ')).toList(); // as hyphenated to fit
    }

    private static Node laneHeader(FxRobot robot, int column, String name) {
        return robot.lookup("#column-" + column + " .lane-header").match(Node::isVisible)
                .match((Node n) -> n.getAccessibleText().contains(name)).query();
    }

    private static Node cardNode(FxRobot robot, int column, String title) {
        return robot.lookup("#column-" + column + " .card-row").match(Node::isVisible)
                .match((Node n) -> n.getAccessibleText().contains(title)).query();
    }

    @Test
    void ctrlLShowsALaneHeaderPerFieldInEveryColumnAndTheArrowsPassOverThem(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#board-lanes").queryAs(ToggleButton.class).isSelected()).isTrue();
        for (int column = 0; column < 5; column++) {
            // five lanes, lined up across the columns: the last ones may stand below the view
            assertThat(cards(robot, column).getItems()).filteredOn(LaneHeader.class::isInstance).hasSize(5);
            assertThat(laneNames(robot, column)).startsWith("Fachkräfte", "Bildung");
        }
        assertThat(titles(robot, 2)).containsExactly(WELCOME, "Lernpatenschaften für Grundschulkinder",
                "Bürgerbus Nideggen–Heimbach");

        robot.clickOn(cardNode(robot, 2, WELCOME));
        robot.type(KeyCode.DOWN);
        assertThat(selectedCard(robot, 2).card().title()).isEqualTo("Lernpatenschaften für Grundschulkinder");
        robot.type(KeyCode.DOWN);
        assertThat(selectedCard(robot, 2).card().title()).isEqualTo("Bürgerbus Nideggen–Heimbach");

        robot.clickOn("#board-lanes");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(laneNames(robot, 2)).isEmpty();
        assertThat(cards(robot, 2).getItems()).allMatch(CardItem.class::isInstance);
    }

    @Test
    void aCardDraggedOntoAnotherLaneLandsThereWithItsNewFieldAfterTheQuestionIsAnsweredYes(FxRobot robot) {
        robot.clickOn("#board-lanes");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> questions = new ArrayList<>();
        robot.interact(() -> robot.lookup(".board").queryAs(BoardView.class).setConfirmation(q -> {
            questions.add(q);
            return true;
        }));

        // onto the lower part of the header of the empty lane „Mobilität“ in „In Umsetzung“: its top
        Node header = laneHeader(robot, 3, "Mobilität");
        Bounds b = header.localToScreen(header.getBoundsInLocal());
        robot.drag(cardNode(robot, 2, WELCOME)).moveTo(new Point2D(b.getCenterX(), b.getMinY() + b.getHeight() * 0.8));
        WaitForAsyncUtils.waitForFxEvents();
        // the drop line stands right under the header, where the card will land
        Node line = robot.lookup("#column-3 .drop-line").query();
        assertThat(line.isVisible()).isTrue();
        Bounds lineBounds = line.localToScreen(line.getBoundsInLocal());
        assertThat(lineBounds.getCenterY()).isCloseTo(b.getMaxY(), offset(3.0));
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(questions).singleElement().asString().contains(WELCOME, "Mobilität");
        List<BoardRow> rows = cards(robot, 3).getItems();
        int lane = laneNames(robot, 3).indexOf("Mobilität & (Nah-)Versorgung");
        assertThat(lane).isEqualTo(3);
        LaneHeader mobility = (LaneHeader) rows.stream().filter(LaneHeader.class::isInstance)
                .skip(lane).findFirst().orElseThrow();
        CardItem landed = (CardItem) rows.get(rows.indexOf(mobility) + 1);
        assertThat(landed.card().title()).isEqualTo(WELCOME);
        assertThat(landed.card().handlungsfeld()).isEqualTo("MOBILITAET");
        assertThat(titles(robot, 2)).doesNotContain(WELCOME);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titles(robot, 2)).first().isEqualTo(WELCOME);
    }
}
