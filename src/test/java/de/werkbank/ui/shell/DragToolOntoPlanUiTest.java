package de.werkbank.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.plan.Plan;
import de.werkbank.plan.PlanColumn;
import de.werkbank.session.Session;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import de.werkbank.ui.WindowUiTest;
import de.werkbank.ui.board.BoardRow;
import de.werkbank.ui.virtual.VirtualList;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class DragToolOntoPlanUiTest extends WindowUiTest {

    private static final String TOOL = "Gemeindeschwester für Hochbetagte";

    @Test
    void aToolDraggedOntoInPlanungBecomesACardThereAndStaysAfterReopening(FxRobot robot) {
        robot.clickOn("#catalogue-search").write("Gemeindeschwester");
        WaitForAsyncUtils.waitForFxEvents();
        VirtualList<BoardRow> inPlanung = cards(robot, 2);
        int before = titles(robot, 2).size();

        robot.drag(robot.lookup("#catalogue-list .werkzeug-tile").match(Node::isVisible).queryAs(Node.class))
                .dropTo(inPlanung);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(titles(robot, 2)).hasSize(before + 1).contains(TOOL);

        robot.interact(() -> window.close());
        try (Store store = Store.open(StoreLocation.in(dir))) {
            Plan plan = store.plan().orElseThrow();
            PlanColumn column = plan.columns().get(2);
            assertThat(column.name()).isEqualTo("In Planung");
            assertThat(plan.cardsIn(column.id())).extracting(c -> c.title()).contains(TOOL);
        }
        robot.interact(() -> window.show(Session.openOrCreate(StoreLocation.in(dir))));
        assertThat(titles(robot, 2)).contains(TOOL);
    }

    @Test
    void undoTakesTheNewCardAwayAgain(FxRobot robot) {
        robot.clickOn("#catalogue-search").write("Rufbus");
        WaitForAsyncUtils.waitForFxEvents();
        int before = titles(robot, 0).size();

        robot.clickOn("#catalogue-list .werkzeug-tile").type(KeyCode.ENTER);
        assertThat(titles(robot, 0)).hasSize(before + 1);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titles(robot, 0)).hasSize(before);
    }
}
