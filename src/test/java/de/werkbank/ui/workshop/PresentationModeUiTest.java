package de.werkbank.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.ui.WindowUiTest;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuBar;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** F11 in the main window enters presentation mode on the screen; Esc leaves it. */
class PresentationModeUiTest extends WindowUiTest {

    private static Stage presentation() {
        return Window.getWindows().stream().filter(w -> w.getScene() != null
                        && w.getScene().lookup("#presentation") != null)
                .map(Stage.class::cast).findFirst().orElse(null);
    }

    @Test
    void f11CoversTheScreenWithTheBoardWithoutMenusAndEscGoesBack(FxRobot robot) throws Exception {
        robot.type(javafx.scene.input.KeyCode.F11);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> presentation() != null);
        Stage stage = presentation();
        var screen = Screen.getPrimary().getBounds();
        assertThat(stage.getX()).isEqualTo(screen.getMinX());
        assertThat(stage.getY()).isEqualTo(screen.getMinY());
        assertThat(stage.getWidth()).isEqualTo(screen.getWidth());
        assertThat(stage.getHeight()).isEqualTo(screen.getHeight());
        assertThat(stage.getScene().getRoot().lookupAll(".menu-bar")).isEmpty();
        assertThat(stage.getScene().getRoot().lookupAll(".catalogue-panel")).isEmpty();
        assertThat(stage.getScene().getRoot().lookupAll(".pj-card")).isNotEmpty();

        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> presentation() == null);
        assertThat(robot.lookup(".menu-bar").queryAs(MenuBar.class).getScene().getWindow().isShowing()).isTrue();

        robot.clickOn("#board-present");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> presentation() != null);
        robot.type(javafx.scene.input.KeyCode.F11);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> presentation() == null);
    }
}
