package de.werkbank.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.session.Session;
import de.werkbank.store.StoreLocation;
import de.werkbank.ui.shell.MainWindow;
import de.werkbank.ui.theme.Theme;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ColumnMenuUiTest {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        Theme.installBase();
        new MainWindow(stage).show(Session.openOrCreate(StoreLocation.in(dir)));
        stage.show();
    }

    @BeforeEach
    void waitForTheWindow(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#catalogue-search").tryQuery().isPresent());
    }

    @Test
    void aWipLimitBelowTheCardCountMarksTheColumn(FxRobot robot) {
        Node column = robot.lookup("#column-2").query();
        assertThat(column.getPseudoClassStates()).doesNotContain(PseudoClass.getPseudoClass("over-limit"));

        robot.clickOn(robot.from(column).lookup(".column-menu").queryAs(Node.class));
        robot.clickOn("WIP-Limit…");
        robot.clickOn(".dialog-pane .text-field").write("2").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.from(column).lookup(".column-count").queryAs(Label.class).getText()).isEqualTo("3 / 2");
        assertThat(column.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("over-limit"));
    }
}
