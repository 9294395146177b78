package de.werkbank.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import de.werkbank.session.Session;
import de.werkbank.session.UserSettings;
import de.werkbank.store.StoreLocation;
import de.werkbank.ui.sheet.SheetView;
import de.werkbank.ui.theme.Theme;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window opens maximised the first time and afterwards as it was left; the Werkzeugblatt keeps
 * the width the user dragged it to, when opened again and after a new start.
 */
@ExtendWith(ApplicationExtension.class)
class WindowPlacesUiTest {

    @TempDir
    Path dir;

    private final Preferences prefs = Preferences.userRoot().node("de/werkbank-test-" + UUID.randomUUID());

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        prefs.removeNode();
    }

    /** Starts the window as the program does: placed from the settings, then shown. */
    private Stage start(FxRobot robot) throws Exception {
        Stage[] shown = new Stage[1];
        FxToolkit.setupStage(ignored -> {
            Stage stage = new Stage();
            Theme.installBase();
            var window = new MainWindow(stage, new UserSettings(prefs));
            window.show(Session.openOrCreate(StoreLocation.in(dir), new UserSettings(prefs)));
            window.placeAsLeft();
            stage.show();
            shown[0] = stage;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#catalogue-search").tryQuery().isPresent());
        return shown[0];
    }

    private static void quit(FxRobot robot, Stage stage) {
        robot.interact(stage::hide);
    }

    @Test
    void theFirstStartIsMaximisedAndTheNextOpensAsTheWindowWasLeft(FxRobot robot) throws Exception {
        Stage first = start(robot);
        assertThat(first.isMaximized()).isTrue();
        robot.interact(() -> {
            first.setMaximized(false);
            first.setX(40);
            first.setY(30);
            first.setWidth(1100);
            first.setHeight(700);
        });
        quit(robot, first);

        Stage second = start(robot);
        assertThat(second.isMaximized()).isFalse();
        assertThat(second.getX()).isEqualTo(40.0);
        assertThat(second.getY()).isEqualTo(30.0);
        assertThat(second.getWidth()).isEqualTo(1100.0);
        assertThat(second.getHeight()).isEqualTo(700.0);
        // maximised when left so, and back to its own bounds when un-maximised
        robot.interact(() -> second.setMaximized(true));
        quit(robot, second);
        Stage third = start(robot);
        assertThat(third.isMaximized()).isTrue();
        robot.interact(() -> third.setMaximized(false));
        assertThat(third.getWidth()).isEqualTo(1100.0);
    }

    @Test
    void theSheetKeepsTheWidthTheUserDraggedItTo(FxRobot robot) throws Exception {
        Stage stage = start(robot);
        double firstWidth = openSheet(robot);
        SplitPane split = robot.lookup(".split-pane").queryAs(SplitPane.class);
        // the user drags the sheet's divider: the sheet gets 150 px wider
        Node divider = robot.lookup(".split-pane-divider").queryAll().stream()
                .max((a, b) -> Double.compare(a.localToScene(0, 0).getX(), b.localToScene(0, 0).getX())).orElseThrow();
        robot.drag(divider).moveBy(-150, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        double dragged = sheet(robot).getWidth();
        assertThat(dragged).isCloseTo(firstWidth + 150, offset(12.0));

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup((Node n) -> n instanceof SheetView).tryQuery()).isEmpty();
        assertThat(openSheet(robot)).isCloseTo(dragged, offset(2.0));

        // the window is made wider: the sheet keeps its width, the board takes the room
        robot.interact(() -> stage.setWidth(stage.getWidth() - 100));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sheet(robot).getWidth()).isCloseTo(dragged, offset(2.0));
        assertThat(split.getItems()).hasSize(3);

        quit(robot, stage);
        start(robot);
        assertThat(openSheet(robot)).isCloseTo(dragged, offset(2.0));
    }

    private static SheetView sheet(FxRobot robot) {
        return robot.lookup((Node n) -> n instanceof SheetView).queryAs(SheetView.class);
    }

    /** Opens the sheet of the first card by Enter and returns its width. */
    private static double openSheet(FxRobot robot) {
        robot.clickOn(robot.lookup("#column-0 .card-row").nth(0).queryAs(Node.class));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        return sheet(robot).getWidth();
    }
}
