package de.werkbank.ui.shell;

import de.werkbank.i18n.Messages;
import de.werkbank.session.UserSettings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The settings of the person at this computer: the name the history gives for their changes. */
final class SettingsDialog extends Dialog<String> {

    SettingsDialog(Window owner, UserSettings settings) {
        var label = new Label(Messages.tr("ui.settings.userName"));
        var name = new TextField(settings.userName());
        var hint = new Label(Messages.tr("ui.settings.userName.hint", System.getProperty("user.name")));

        initOwner(owner);
        setTitle(Messages.tr("ui.settings.title"));
        hint.setWrapText(true);
        hint.setMaxWidth(380);
        name.setId("settings-user-name");
        label.setLabelFor(name);
        getDialogPane().setContent(new VBox(8, label, name, hint));
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(button -> button == ButtonType.OK ? name.getText() : null);
    }
}
