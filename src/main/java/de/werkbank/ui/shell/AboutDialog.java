package de.werkbank.ui.shell;

import de.werkbank.cli.Version;
import de.werkbank.i18n.Messages;
import de.werkbank.session.Session;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/** Hilfe → Über Werkbank: the version and the open store. */
final class AboutDialog {

    private AboutDialog() {
    }

    static void show(Stage stage, Session session) {
        String where = session == null ? "" : session.store().location().displayName();
        var about = new Alert(Alert.AlertType.INFORMATION, Messages.tr("ui.about.text", Version.current(), where));
        about.setHeaderText(Messages.tr("app.title"));
        about.initOwner(stage);
        about.show();
    }
}
