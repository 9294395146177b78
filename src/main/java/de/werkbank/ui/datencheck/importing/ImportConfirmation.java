package de.werkbank.ui.datencheck.importing;

import de.werkbank.datencheck.ImportPreview;
import de.werkbank.i18n.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks before an import that leaves areas out or replaces stored values, showing its preview. */
public final class ImportConfirmation {

    private ImportConfirmation() {
    }

    /** Shows the preview and waits; whether the user chose to import. */
    public static boolean confirm(Window owner, ImportPreview preview) {
        var run = new ButtonType(Messages.tr("ui.import.run"), ButtonBar.ButtonData.OK_DONE);
        var cancel = new ButtonType(Messages.tr("ui.import.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        var alert = new Alert(Alert.AlertType.CONFIRMATION, String.join("\n\n", preview.lines()), run, cancel);
        alert.setHeaderText(Messages.tr("ui.import.confirm", preview.fileName()));
        alert.getDialogPane().setId("import-confirmation");
        alert.initOwner(owner);
        alert.setResizable(true);
        return alert.showAndWait().filter(b -> b == run).isPresent();
    }
}
