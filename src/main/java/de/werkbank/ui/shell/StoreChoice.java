package de.werkbank.ui.shell;

import de.werkbank.i18n.Messages;
import de.werkbank.session.Session;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.File;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;

/** Datei → Speicherort öffnen: asks for a folder, and before setting up a new store there, whether to. */
final class StoreChoice {

    private StoreChoice() {
    }

    /** The store the user chose (starting at the open session's folder), or empty when they cancelled. */
    static Optional<StoreLocation> ask(Stage stage, Session session) {
        var chooser = new DirectoryChooser();
        chooser.setTitle(Messages.tr("ui.openStore.title"));
        if (session != null && session.store().location().dir().toFile().isDirectory()) {
            chooser.setInitialDirectory(session.store().location().dir().toFile());
        }
        File dir = chooser.showDialog(stage);
        if (dir == null) {
            return Optional.empty();
        }
        StoreLocation location = StoreLocation.in(dir.toPath());
        if (!Store.exists(location)) {
            var confirm = new Alert(Alert.AlertType.CONFIRMATION,
                    Messages.tr("ui.openStore.create.text", location.displayName()), ButtonType.OK, ButtonType.CANCEL);
            confirm.setHeaderText(Messages.tr("ui.openStore.create.header"));
            confirm.initOwner(stage);
            if (confirm.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
                return Optional.empty();
            }
        }
        return Optional.of(location);
    }
}
