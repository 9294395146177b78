package de.werkbank.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.plan.Plan;
import de.werkbank.plan.PlanColumn;
import de.werkbank.session.Session;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import de.werkbank.ui.board.CardItem;
import de.werkbank.ui.theme.Theme;
import java.nio.file.Path;
import de.werkbank.ui.virtual.VirtualList;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DragToolOntoPlanUiTest {

    private static final String TOOL = "Gemeindeschwester für Hochbetagte";

    @TempDir
    Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        Theme.installBase();
        window = new MainWindow(stage);
        window.show(Session.openOrCreate(StoreLocation.in(dir)));
        stage.show();
    }

    /** The catalogue panel is built right after the window's first frame. */
    @BeforeEach
    void waitForTheCatalogue(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#catalogue-search").tryQuery().isPresent());
    }

    @SuppressWarnings("unchecked")
    private static VirtualList<CardItem> cardsOf(FxRobot robot, String columnId) {
        return (VirtualList<CardItem>) robot.lookup("#" + columnId + " .column-cards").queryAs(VirtualList.class);
    }

    @Test
    void aToolDraggedOntoInPlanungBecomesACardThereAndStaysAfterReopening(FxRobot robot) {
        robot.clickOn("#catalogue-search").write("Gemeindeschwester");
        WaitForAsyncUtils.waitForFxEvents();
        VirtualList<CardItem> inPlanung = cardsOf(robot, "column-2");
        int before = inPlanung.getItems().size();

        robot.drag(robot.lookup("#catalogue-list .werkzeug-tile").nth(0).queryAs(Node.class))
                .dropTo(inPlanung);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(inPlanung.getItems()).hasSize(before + 1);
        assertThat(inPlanung.getItems()).extracting(i -> i.card().title()).contains(TOOL);

        robot.interact(() -> window.close());
        try (Store store = Store.open(StoreLocation.in(dir))) {
            Plan plan = store.plan().orElseThrow();
            PlanColumn column = plan.columns().get(2);
            assertThat(column.name()).isEqualTo("In Planung");
            assertThat(plan.cardsIn(column.id())).extracting(c -> c.title()).contains(TOOL);
        }
        robot.interact(() -> window.show(Session.openOrCreate(StoreLocation.in(dir))));
        assertThat(cardsOf(robot, "column-2").getItems()).extracting(i -> i.card().title()).contains(TOOL);
    }

    @Test
    void undoTakesTheNewCardAwayAgain(FxRobot robot) {
        robot.clickOn("#catalogue-search").write("Rufbus");
        WaitForAsyncUtils.waitForFxEvents();
        VirtualList<CardItem> proposals = cardsOf(robot, "column-0");
        int before = proposals.getItems().size();

        robot.clickOn("#catalogue-list .werkzeug-tile").type(KeyCode.ENTER);
        assertThat(proposals.getItems()).hasSize(before + 1);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(proposals.getItems()).hasSize(before);
    }
}
