package de.werkbank.ui.shell;

import de.werkbank.cli.Version;
import de.werkbank.i18n.Messages;
import de.werkbank.i18n.UserFacingException;
import de.werkbank.logging.Logs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZonedDateTime;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.slf4j.LoggerFactory;

/**
 * What the window does with a failure nobody expected, on any thread: it goes into the log file with
 * its stack trace, and a dialog says in the UI language that something went wrong, that the work up to
 * the last change is saved, what to try, and where the log is; a button copies the details (exception,
 * stack trace, version) for a report. One dialog at a time: failures while it shows are only logged.
 */
public final class UnexpectedErrors {

    private static Window owner;
    private static Alert showing;

    private UnexpectedErrors() {
    }

    /**
     * Takes every uncaught exception of this JVM (the FX thread's too) from now on; the dialog belongs
     * to {@code window}. Call on the FX thread.
     */
    public static void install(Window window) {
        owner = window;
        Thread.setDefaultUncaughtExceptionHandler(UnexpectedErrors::report);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(UnexpectedErrors::report);
        }
    }

    /** Whether the failure is one the user can act on: its message (a {@link UserFacingException}) is enough. */
    static boolean expected(Throwable t) {
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            if (cause instanceof UserFacingException) {
                return true;
            }
        }
        return false;
    }

    /** Logs the failure and shows the dialog (later, on the FX thread) unless one is showing. */
    public static void report(Thread thread, Throwable failure) {
        try {
            LoggerFactory.getLogger(UnexpectedErrors.class).error("Unexpected failure in thread {}", thread.getName(), failure);
        } catch (RuntimeException | LinkageError e) {
            // without a log the dialog still tells the user
        }
        String details = details(thread, failure);
        Platform.runLater(() -> show(details));
    }

    private static void show(String details) {
        if (showing != null && showing.isShowing()) {
            return;
        }
        try {
            var alert = new Alert(Alert.AlertType.ERROR, Messages.tr("ui.unexpected.text", Logs.file()));
            alert.setTitle(Messages.tr("ui.error.title"));
            alert.setHeaderText(Messages.tr("ui.unexpected.header"));
            var copyType = new ButtonType(Messages.tr("ui.unexpected.copy"), ButtonBar.ButtonData.LEFT);
            alert.getButtonTypes().setAll(copyType, ButtonType.CLOSE);
            alert.getDialogPane().setId("unexpected-error");
            var copy = (Button) alert.getDialogPane().lookupButton(copyType);
            copy.setId("unexpected-error-copy");
            // copies and keeps the dialog open
            copy.addEventFilter(ActionEvent.ACTION, e -> {
                e.consume();
                var content = new ClipboardContent();
                content.putString(details);
                Clipboard.getSystemClipboard().setContent(content);
                copy.setText(Messages.tr("ui.unexpected.copied"));
            });
            if (owner != null && owner.isShowing()) {
                alert.initOwner(owner);
            }
            alert.setOnHidden(e -> showing = null);
            showing = alert;
            alert.show();
        } catch (RuntimeException e) {
            showing = null;
            LoggerFactory.getLogger(UnexpectedErrors.class).error("The error dialog failed", e);
        }
    }

    /** The report the button copies: version, Java, system, thread, time, exception and stack trace. */
    static String details(Thread thread, Throwable failure) {
        var text = new StringWriter();
        var out = new PrintWriter(text);
        out.println("Werkbank " + Version.current());
        out.println("Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.version"));
        out.println("Thread " + thread.getName() + ", " + ZonedDateTime.now());
        out.println();
        failure.printStackTrace(out);
        out.flush();
        return text.toString();
    }
}
