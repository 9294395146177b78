package de.werkbank.ui.shell;

import de.werkbank.i18n.Messages;
import de.werkbank.i18n.UserFacingException;
import de.werkbank.store.StoreLocation;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for a shared store's password when none was found (no {@code PGPASSWORD}, nothing in
 * {@code ~/.pgpass}) or the one found was refused: a wrong password says so and asks again, cancel
 * gives no store. The typed password is used for this connection only and never stored; the login is
 * tried off the FX thread.
 *
 * @param <T> what is opened with the password (the window's session)
 */
public final class SharedLoginDialog<T> extends Dialog<T> {

    /** Whether a failure to open is a refused login of a shared store (wrong or missing password). */
    public static boolean loginFailed(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException e && "store.shared.loginFailed".equals(e.key())) {
                return true;
            }
        }
        return false;
    }

    /** What the window says before it closes when the user cancelled the password prompt. */
    public static String cancelled(StoreLocation location) {
        return Messages.tr("ui.sharedLogin.cancelled", location.displayName());
    }

    /**
     * Asks until {@code open} succeeds with a typed password or the user cancels.
     *
     * @param refused whether a password was tried already and refused (the dialog then says so at once)
     */
    public static <T> Optional<T> ask(Window owner, StoreLocation location, boolean refused,
                                      Function<StoreLocation, T> open) {
        return new SharedLoginDialog<>(owner, location, refused, open).showAndWait();
    }

    /**
     * After a failure to open {@code location}: asks for the password if the login was refused and
     * hands what it opened to {@code opened}; any other failure goes to {@code otherwise}.
     */
    static <T> void askIfRefused(Window owner, StoreLocation location, Throwable failure,
                                 Function<StoreLocation, T> open, java.util.function.Consumer<T> opened,
                                 Runnable otherwise) {
        if (location.isShared() && loginFailed(failure)) {
            ask(owner, location, !location.password().isEmpty(), open).ifPresent(opened);
        } else {
            otherwise.run();
        }
    }

    SharedLoginDialog(Window owner, StoreLocation location, boolean refused, Function<StoreLocation, T> open) {
        var password = new PasswordField();
        password.setId("shared-login-password");
        var problem = new Label(refused ? wrong(location) : "");
        problem.setId("shared-login-problem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(460);
        var label = new Label(Messages.tr("ui.sharedStore.password"));
        label.setLabelFor(password);

        if (owner != null) {
            initOwner(owner);
        }
        setTitle(Messages.tr("ui.sharedStore.title"));
        setHeaderText(Messages.tr("ui.sharedLogin.header", location.user(), location.displayName()));
        getDialogPane().setContent(new VBox(8, label, password, problem));
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        var ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            String typed = password.getText();
            ok.setDisable(true);
            password.setDisable(true);
            problem.setText(Messages.tr("ui.sharedLogin.trying"));
            StoreLocation withPassword = new StoreLocation(location.dir(), location.jdbcUrl(), location.user(), typed);
            CompletableFuture.supplyAsync(() -> open.apply(withPassword)).whenComplete((opened, failure) ->
                    Platform.runLater(() -> {
                        ok.setDisable(false);
                        password.setDisable(false);
                        if (failure == null) {
                            setResult(opened);
                            close();
                            return;
                        }
                        Throwable cause = failure instanceof CompletionException c && c.getCause() != null
                                ? c.getCause() : failure;
                        problem.setText(loginFailed(cause) ? wrong(location) : MainWindow.message(cause));
                        password.clear();
                        password.requestFocus();
                    }));
        });
        setResultConverter(button -> null);
        setOnShown(e -> password.requestFocus());
    }

    private static String wrong(StoreLocation location) {
        return Messages.tr("ui.sharedLogin.wrong", location.user(), location.displayName());
    }
}
