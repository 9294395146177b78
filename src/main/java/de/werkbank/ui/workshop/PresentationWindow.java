package de.werkbank.ui.workshop;

import de.werkbank.i18n.Messages;
import de.werkbank.session.Session;
import de.werkbank.session.UserSettings;
import de.werkbank.ui.theme.Theme;
import de.werkbank.ui.theme.ZoomPane;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * Presentation mode: a window without decorations that covers the chosen screen exactly — its bounds
 * are set from the screen by Werkbank itself, so no window manager is needed — holding the
 * {@link PresentationView} at the zoom kept in the settings. Esc or F11 leaves it.
 */
public final class PresentationWindow {

    private static final String ZOOM_KEY = "presentation";

    private final Stage stage = new Stage(StageStyle.UNDECORATED);
    private final PresentationView view;
    private final ZoomPane zoom;
    private Runnable onClosed = () -> { };

    public PresentationWindow(Window owner, Session session, UserSettings settings, Clock clock) {
        var model = new WorkshopModel(session, clock);
        view = new PresentationView(model, new TimerModel(clock), this::confirm);
        zoom = new ZoomPane(view);
        zoom.zoomProperty().set(settings.zoom(ZOOM_KEY));
        var scene = new Scene(zoom);
        Theme.style(scene);
        Theme.styleProjector(scene);
        ZoomPane.installKeys(scene, zoom, z -> settings.setZoom(ZOOM_KEY, z));
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setTitle(Messages.tr("ui.workshop.title"));
        view.setOnLeave(this::close);
        stage.setOnHidden(e -> {
            view.close();
            onClosed.run();
        });
    }

    /**
     * The screen to present on: asked when there are several (the projector beside the laptop), the
     * first one that is not the main screen suggested; empty when the user cancels.
     */
    public static Optional<Screen> chooseScreen(Window owner) {
        List<Screen> screens = Screen.getScreens();
        if (screens.size() < 2) {
            return Optional.of(Screen.getPrimary());
        }
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < screens.size(); i++) {
            Rectangle2D b = screens.get(i).getBounds();
            names.add(Messages.tr(screens.get(i).equals(Screen.getPrimary()) ? "ui.workshop.screen.primary"
                    : "ui.workshop.screen", i + 1, (int) b.getWidth(), (int) b.getHeight()));
        }
        int suggested = screens.indexOf(Screen.getPrimary()) == 0 ? 1 : 0;
        var dialog = new ChoiceDialog<>(names.get(suggested), names);
        dialog.setTitle(Messages.tr("ui.workshop.screen.title"));
        dialog.setHeaderText(Messages.tr("ui.workshop.screen.header"));
        dialog.initOwner(owner);
        return dialog.showAndWait().map(names::indexOf).map(screens::get);
    }

    /** Covers the screen's whole area (not only its visible part: no task bar over the board). */
    public void showOn(Screen screen) {
        showOn(screen.getBounds());
    }

    /** Covers exactly these bounds. */
    public void showOn(Rectangle2D bounds) {
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        if (!stage.isShowing()) {
            stage.show();
        }
        stage.toFront();
        stage.requestFocus();
        view.focusContent();
    }

    public void setOnClosed(Runnable action) {
        onClosed = action;
    }

    public Stage stage() {
        return stage;
    }

    public PresentationView view() {
        return view;
    }

    public void close() {
        stage.close();
    }

    private boolean confirm(String question) {
        var alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        alert.setHeaderText(null);
        alert.initOwner(stage);
        alert.getDialogPane().getStylesheets().setAll(stage.getScene().getStylesheets());
        alert.getDialogPane().getStyleClass().add("projector");
        return alert.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }
}
