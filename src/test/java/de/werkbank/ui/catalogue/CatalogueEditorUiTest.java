package de.werkbank.ui.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.ui.WindowUiTest;
import de.werkbank.ui.board.BoardRow;
import de.werkbank.ui.board.CardItem;
import de.werkbank.ui.virtual.VirtualList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The catalogue editor in the window: tools added, used, retired, and undone like any plan change. */
class CatalogueEditorUiTest extends WindowUiTest {

    private static final String TOOL = "Dorfladen-Netzwerk";

    private static String count(FxRobot robot) {
        return robot.lookup("#catalogue-count").queryAs(Label.class).getText();
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aNewToolDraggedOntoThePlanAndBothUndone(FxRobot robot) {
        assertThat(count(robot)).isEqualTo("100 von 100 Werkzeugen");
        robot.clickOn("#catalogue-new");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#werkzeug-id").queryAs(Label.class).getText()).isEqualTo("W-101");
        robot.clickOn("#werkzeug-title").write(TOOL);
        robot.clickOn("#werkzeug-groups").write("Ältere Menschen, Familien");
        robot.clickOn("#werkzeug-blue");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(count(robot)).isEqualTo("101 von 101 Werkzeugen");

        robot.clickOn("#catalogue-search").write("Dorfladen-Netz");
        WaitForAsyncUtils.waitForFxEvents();
        VirtualList<BoardRow> inPlanung = cards(robot, 2);
        int before = titles(robot, 2).size();
        robot.drag(robot.lookup("#catalogue-list .werkzeug-tile").match(Node::isVisible).queryAs(Node.class)).dropTo(inPlanung);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titles(robot, 2)).hasSize(before + 1).contains(TOOL);

        shortcut(robot, KeyCode.Z);
        assertThat(titles(robot, 2)).hasSize(before).doesNotContain(TOOL);
        shortcut(robot, KeyCode.Z);
        robot.clickOn("#catalogue-search").eraseText("Dorfladen-Netz".length());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(count(robot)).isEqualTo("100 von 100 Werkzeugen");
    }

    @Test
    void aRetiredToolLeavesTheListButItsCardStaysAndIsMarked(FxRobot robot) {
        CardItem card = (CardItem) cards(robot, 0).getItems().stream().filter(CardItem.class::isInstance)
                .findFirst().orElseThrow();
        robot.clickOn("#catalogue-search").write(card.code());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#catalogue-list .werkzeug-tile");
        robot.clickOn("#catalogue-retire");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(count(robot)).isEqualTo("0 von 99 Werkzeugen");
        CardItem after = (CardItem) cards(robot, 0).getItems().stream()
                .filter(i -> i instanceof CardItem c && c.card().id().equals(card.card().id())).findFirst().orElseThrow();
        assertThat(after.retired()).isTrue();
        assertThat(after.code()).isEqualTo(card.code());

        robot.clickOn("#catalogue-show-retired");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(count(robot)).isEqualTo("1 von 100 Werkzeugen");
        robot.clickOn("#catalogue-list .werkzeug-tile");
        robot.clickOn("#catalogue-retire");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((CardItem) cards(robot, 0).getItems().stream()
                .filter(i -> i instanceof CardItem c && c.card().id().equals(card.card().id())).findFirst().orElseThrow())
                .retired()).isFalse();
    }
}
