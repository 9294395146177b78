package de.werkbank.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.i18n.Messages;
import de.werkbank.session.Session;
import de.werkbank.store.StoreLocation;
import de.werkbank.ui.shell.MainWindow;
import de.werkbank.ui.theme.Theme;
import de.werkbank.ui.workshop.PresentationView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * No text is shown cut: the main window with the sample data at 1280×720 and 1920×1080, in German and
 * English, through board (with and without swimlanes), an open Werkzeugblatt, the catalogue's
 * description, the Datencheck's tabs, presentation mode (board, matrix, vote) and the vote's set-up
 * dialog. A cut text counts only where no tooltip carries it whole.
 */
@ExtendWith(ApplicationExtension.class)
class CutTextUiTest {

    @TempDir
    Path dir;

    static Stream<Arguments> sizes() {
        return Stream.of(Arguments.of(1280, 720, Locale.GERMAN), Arguments.of(1920, 1080, Locale.GERMAN),
                Arguments.of(1280, 720, Locale.ENGLISH), Arguments.of(1920, 1080, Locale.ENGLISH));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        Messages.use(null);
    }

    @ParameterizedTest(name = "{0}x{1} {2}")
    @MethodSource("sizes")
    void theMainViewsShowNoTextCut(int width, int height, Locale language, FxRobot robot) throws Exception {
        Messages.use(language);
        Path store = Files.createDirectories(dir.resolve("store"));
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            Theme.installBase();
            new MainWindow(s).show(Session.openOrCreate(StoreLocation.in(store)));
            s.setX(0);
            s.setY(0);
            s.setWidth(width);
            s.setHeight(height);
            s.show();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#board-filter-text").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getWidth()).isEqualTo(width);
        List<String> cut = new ArrayList<>();

        look(robot, stage, "board", cut);
        robot.interact(() -> robot.lookup("#board-lanes").queryAs(ToggleButton.class).fire());
        look(robot, stage, "board with swimlanes", cut);
        robot.interact(() -> robot.lookup("#board-lanes").queryAs(ToggleButton.class).fire());

        robot.clickOn(robot.lookup("#catalogue-list .werkzeug-tile").nth(0).queryAs(Node.class));
        look(robot, stage, "catalogue with a tool shown", cut);

        robot.doubleClickOn(robot.lookup("#column-2 .card-row").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#sheet-panel").tryQuery().isPresent());
        look(robot, stage, "board with a Werkzeugblatt", cut);
        robot.interact(() -> robot.lookup("#sheet-close").queryButton().fire());

        TabPane main = robot.lookup(".main-tabs").queryAs(TabPane.class);
        robot.interact(() -> main.getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#datencheck-views").tryQuery().isPresent());
        TabPane views = robot.lookup("#datencheck-views").queryAs(TabPane.class);
        for (Tab tab : List.copyOf(views.getTabs())) {
            robot.interact(() -> views.getSelectionModel().select(tab));
            look(robot, stage, "Datencheck „" + tab.getText() + "“", cut);
        }
        robot.interact(() -> main.getSelectionModel().select(0));

        // presentation mode (on the whole screen), its three modes, and the vote's set-up dialog
        robot.interact(() -> robot.lookup("#board-present").queryButton().fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#presentation").tryQuery().isPresent());
        look(robot, stage, "presentation", cut);
        PresentationView presentation = robot.lookup("#presentation").queryAs(PresentationView.class);
        for (PresentationView.Mode mode : List.of(PresentationView.Mode.MATRIX, PresentationView.Mode.VOTE)) {
            robot.interact(() -> presentation.show(mode));
            look(robot, stage, "presentation, " + mode, cut);
        }
        // the dialog waits for its answer (showAndWait): opened later, so that the robot is not kept waiting too
        var newRound = robot.lookup("#vote-new").queryButton();
        robot.interact(() -> javafx.application.Platform.runLater(newRound::fire));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#vote-setup-dots").tryQuery().isPresent());
        look(robot, stage, "vote set-up dialog", cut);
        robot.interact(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != stage) {
                    w.hide();
                }
            }
        });
        assertThat(cut).as("texts shown cut").isEmpty();
    }

    /** Lets the view settle and notes what it shows cut, in every window the app shows (dialogs, presentation). */
    static void look(FxRobot robot, Stage stage, String where, List<String> cut) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && w.getScene() != null && (w == stage || w instanceof Stage s && s.getOwner() != null)) {
                    CutText.in(w.getScene().getRoot()).forEach(c -> cut.add(where + ": " + c));
                }
            }
        });
    }
}
