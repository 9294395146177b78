package de.werkbank.app;

import de.werkbank.i18n.Messages;
import de.werkbank.logging.Logs;
import de.werkbank.session.Session;
import de.werkbank.session.UserSettings;
import de.werkbank.store.StoreLocation;
import de.werkbank.ui.shell.MainWindow;
import de.werkbank.ui.shell.SharedLoginDialog;
import de.werkbank.ui.theme.Theme;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. The store is opened on its own thread while the toolkit starts, so both
 * costs overlap; the window shows once both are ready.
 */
public final class WerkbankApp extends Application {

    private static CompletableFuture<Session> opening;
    private static final java.util.Queue<String> NOTICES = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private MainWindow window;

    /** Starts opening the store, then the toolkit; returns when the window has closed. */
    private static StoreLocation location;

    static void launch(StoreLocation store) {
        location = store;
        // what opening had to repair (an import cut off by a crash) is shown once the window is up
        de.werkbank.store.Store.onNotice(NOTICES::add);
        opening = CompletableFuture.supplyAsync(() -> Session.openOrCreate(store));
        // the log file (and java.util.logging's redirection into it) is set up beside the toolkit's start,
        // and the user's preferences are read there (an XML file: its parser's classes and the parse
        // would otherwise hold up the window, which asks for its zoom)
        Thread logs = new Thread(() -> {
            Logs.start();
            UserSettings.forCurrentUser().zoom("main");
        }, "logging-setup");
        logs.setDaemon(true);
        logs.start();
        useLocale(Messages.get().locale());
        try {
            Application.launch(WerkbankApp.class);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            var missing = ToolkitFailure.describe(e);
            if (missing.isEmpty()) {
                throw e;
            }
            LoggerFactory.getLogger(WerkbankApp.class).error("The window toolkit could not start", e);
            System.err.println(missing.get());
            System.exit(1);
        }
    }

    /**
     * Makes the UI language the default locale: JavaFX's own texts (OK, Abbrechen, Schließen, text
     * field menus) follow it; German formats take the German region, so that the date picker's week
     * starts on Monday whatever region the system has.
     */
    static void useLocale(Locale ui) {
        Locale.setDefault(ui);
        if (ui.equals(Locale.GERMAN)) {
            Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
        }
    }

    @Override
    public void start(Stage stage) {
        Theme.installBase();
        window = new MainWindow(stage);
        Session session;
        try {
            session = opening.join();
        } catch (RuntimeException e) {
            if (location.isShared() && SharedLoginDialog.loginFailed(e)) {
                // no password found (PGPASSWORD, ~/.pgpass) or the one found was refused: ask for it
                session = SharedLoginDialog.ask(null, location, !location.password().isEmpty(), Session::openOrCreate)
                        .orElse(null);
                if (session == null) {
                    var alert = new Alert(Alert.AlertType.INFORMATION, SharedLoginDialog.cancelled(location));
                    alert.setHeaderText(null);
                    alert.showAndWait();
                    Platform.exit();
                    return;
                }
                show(stage, session);
                return;
            }
            LoggerFactory.getLogger(WerkbankApp.class).error("The store could not be opened", e);
            session = restoredAfterDamage(e);
            if (session == null) {
                var alert = new Alert(Alert.AlertType.ERROR, MainWindow.message(e));
                alert.setHeaderText(null);
                alert.showAndWait();
                Platform.exit();
                return;
            }
        }
        show(stage, session);
    }

    private void show(Stage stage, Session session) {
        window.show(session);
        FirstFrameProbe.installIfRequested(stage.getScene());
        window.placeAsLeft();
        stage.show();
        for (String notice; (notice = NOTICES.poll()) != null; ) {
            var alert = new Alert(Alert.AlertType.WARNING, notice);
            alert.setHeaderText(null);
            alert.initOwner(stage);
            alert.show();
        }
    }

    /**
     * A store too damaged to open: offers its newest backup and, if the user agrees, puts it in the
     * damaged file's place (which is kept) and opens it. Null when there is nothing to offer or the
     * user declines.
     */
    private static Session restoredAfterDamage(RuntimeException failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException c ? c.getCause() : failure;
        if (!(cause instanceof de.werkbank.store.StoreException e) || !de.werkbank.store.DamagedStore.is(e)) {
            return null;
        }
        var backup = de.werkbank.store.DamagedStore.newestBackup(location);
        if (backup.isEmpty()) {
            return null;
        }
        var restore = new javafx.scene.control.ButtonType(Messages.tr("ui.damaged.restore"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        var alert = new Alert(Alert.AlertType.ERROR, e.getLocalizedMessage(), restore,
                javafx.scene.control.ButtonType.CLOSE);
        alert.setHeaderText(Messages.tr("ui.damaged.header"));
        alert.getDialogPane().setPrefWidth(720);
        if (alert.showAndWait().orElse(null) != restore) {
            return null;
        }
        try {
            java.nio.file.Path aside = de.werkbank.store.DamagedStore.replaceWith(location, backup.get());
            NOTICES.add(Messages.tr("ui.damaged.done", backup.get().getFileName(), aside.getFileName()));
            return Session.openOrCreate(location);
        } catch (RuntimeException again) {
            LoggerFactory.getLogger(WerkbankApp.class).error("Restoring the newest backup failed", again);
            var failed = new Alert(Alert.AlertType.ERROR, MainWindow.message(again));
            failed.setHeaderText(null);
            failed.showAndWait();
            return null;
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
