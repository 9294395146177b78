package de.werkbank.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.logging.Logs;
import de.werkbank.ui.WindowUiTest;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class UnexpectedErrorUiTest extends WindowUiTest {

    @Test
    void anExceptionOnTheFxThreadShowsTheDialogWhoseButtonCopiesTheDetails(FxRobot robot) throws Exception {
        String probe = "probe-" + UUID.randomUUID();
        Platform.runLater(() -> {
            throw new IllegalStateException(probe);
        });
        DialogPane dialog = waitForDialog(robot);

        assertThat(dialog.getHeaderText()).isEqualTo("Etwas ist schiefgegangen …");
        assertThat(dialog.getContentText()).contains("bis zur letzten Änderung ist gespeichert", Logs.file().toString());
        robot.clickOn("#unexpected-error-copy");
        WaitForAsyncUtils.waitForFxEvents();

        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertThat(copied.get()).startsWith("Werkbank ")
                .contains("java.lang.IllegalStateException: " + probe, "\tat ");
        assertThat(dialog.getScene().getWindow().isShowing()).as("copying keeps the dialog open").isTrue();
        assertThat(logged()).contains("Unexpected failure in thread JavaFX Application Thread",
                "java.lang.IllegalStateException: " + probe);
    }

    @Test
    void repeatedExceptionsShowOneDialogAndAreAllLogged(FxRobot robot) throws Exception {
        String first = "first-" + UUID.randomUUID();
        String second = "second-" + UUID.randomUUID();
        Platform.runLater(() -> {
            throw new IllegalStateException(first);
        });
        Platform.runLater(() -> {
            throw new IllegalArgumentException(second);
        });
        waitForDialog(robot);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#unexpected-error").queryAll()).hasSize(1);
        assertThat(logged()).contains(first, second);
    }

    @Test
    void aBackgroundTaskThatFailsUnexpectedlyShowsTheDialogNotItsOwnMessage(FxRobot robot) throws Exception {
        String probe = "task-" + UUID.randomUUID();
        List<Throwable> handedBack = new java.util.ArrayList<>();
        robot.interact(() -> new BackgroundWork(new StackPane(), new Label()).run("failing-task",
                () -> {
                    throw new ArithmeticException(probe);
                }, done -> { }, handedBack::add));

        DialogPane dialog = waitForDialog(robot);

        assertThat(dialog.getHeaderText()).isEqualTo("Etwas ist schiefgegangen …");
        assertThat(handedBack).isEmpty();
        assertThat(logged()).contains("Unexpected failure in thread failing-task", probe);
    }

    private static DialogPane waitForDialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#unexpected-error-copy").tryQuery()
                .filter(b -> b.isVisible() && b.getScene().getWindow().isShowing()).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#unexpected-error").queryAs(DialogPane.class);
        return pane;
    }

    private static String logged() throws IOException {
        return Files.readString(Logs.file());
    }

    /** Closes what a test left open, so the next one starts without a dialog. */
    @org.junit.jupiter.api.AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane
                        && "unexpected-error".equals(pane.getId()))
                .forEach(w -> ((Button) ((DialogPane) w.getScene().getRoot()).lookupButton(ButtonType.CLOSE)).fire()));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
