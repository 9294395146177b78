package de.werkbank.ui.shell;

import de.werkbank.i18n.Messages;
import de.werkbank.i18n.UserFacingException;
import de.werkbank.store.SharedPassword;
import de.werkbank.store.SharedStoreUrl;
import de.werkbank.store.StoreLocation;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Datei → „Gemeinsamer Speicher (PostgreSQL)…“: host, port, database, user, password and TLS of a
 * shared store (ADR 24). An empty password is looked up as PostgreSQL's programs do (PGPASSWORD,
 * ~/.pgpass); a typed one is used for this connection only and never stored.
 */
final class SharedStoreDialog extends Dialog<StoreLocation> {

    SharedStoreDialog(Window owner) {
        var host = new TextField("localhost");
        var port = new TextField(String.valueOf(SharedStoreUrl.DEFAULT_PORT));
        var database = new TextField("werkbank");
        var user = new TextField(System.getProperty("user.name"));
        var password = new PasswordField();
        var tls = new CheckBox(Messages.tr("ui.sharedStore.tls"));
        var problem = new Label();
        host.setId("shared-host");
        port.setId("shared-port");
        database.setId("shared-database");
        user.setId("shared-user");
        problem.setId("shared-problem");
        password.setId("shared-password");
        password.setPromptText(Messages.tr("ui.sharedStore.password.prompt"));
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(420);

        var grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        String[] labels = {"host", "port", "database", "user", "password"};
        TextField[] fields = {host, port, database, user, password};
        for (int i = 0; i < labels.length; i++) {
            var label = new Label(Messages.tr("ui.sharedStore." + labels[i]));
            label.setLabelFor(fields[i]);
            grid.addRow(i, label, fields[i]);
        }
        grid.add(tls, 1, labels.length);
        grid.add(problem, 0, labels.length + 1, 2, 1);

        initOwner(owner);
        setTitle(Messages.tr("ui.sharedStore.title"));
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                url(host, port, database, user, tls);
                problem.setText("");
            } catch (UserFacingException bad) {
                problem.setText(bad.getLocalizedMessage());
                e.consume();
            }
        });
        setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            SharedStoreUrl url = url(host, port, database, user, tls);
            String typed = password.getText();
            return StoreLocation.shared(url, typed.isEmpty() ? SharedPassword.find(url, SharedPassword.NONE) : typed);
        });
    }

    private static SharedStoreUrl url(TextField host, TextField port, TextField database, TextField user, CheckBox tls) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("sslmode", tls.isSelected() ? "require" : "prefer");
        String query = "?user=" + user.getText().strip() + "&sslmode=" + parameters.get("sslmode");
        return SharedStoreUrl.parse("postgresql://" + host.getText().strip() + ":" + port.getText().strip() + "/"
                + database.getText().strip() + query);
    }
}
