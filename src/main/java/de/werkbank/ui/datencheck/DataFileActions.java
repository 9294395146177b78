package de.werkbank.ui.datencheck;

import de.werkbank.datencheck.DataImport;
import de.werkbank.datencheck.TableCsv;
import de.werkbank.datencheck.TidyCsv;
import de.werkbank.i18n.Messages;
import de.werkbank.ui.datencheck.importing.ImportConfirmation;
import de.werkbank.ui.datencheck.importing.MappingDialog;
import de.werkbank.ui.shell.BackgroundWork;
import de.werkbank.ui.shell.FailureText;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;

/**
 * The Datencheck's files: importing a data file (a tidy file after its preview, an office's table
 * through the mapping step) and saving the table as CSV.
 */
final class DataFileActions {

    private final Node view;
    private final DatencheckViewModel model;
    private final BackgroundWork background;

    DataFileActions(Node view, DatencheckViewModel model, BackgroundWork background) {
        this.view = view;
        this.model = model;
        this.background = background;
    }

    /** Asks for a CSV file and imports it: a tidy file directly, a statistics office's table through the mapping step. */
    void chooseAndImport() {
        var chooser = new FileChooser();
        chooser.setTitle(Messages.tr("ui.datencheck.import"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.txt"));
        File file = chooser.showOpenDialog(view.getScene().getWindow());
        if (file != null) {
            importFile(file.toPath());
        }
    }

    /** Imports a file as {@link #chooseAndImport()} does once a file is chosen. */
    void importFile(Path file) {
        boolean tidy;
        try {
            tidy = TidyCsv.looksTidy(DataImport.bytes(file));
        } catch (RuntimeException e) {
            showError(FailureText.of(e));
            return;
        }
        if (!tidy) {
            new MappingDialog(view.getScene().getWindow(), model, file).showAndWait()
                    .ifPresent(count -> showDone(file, count));
            return;
        }
        background.run("check-data", () -> model.check(file, null), preview -> {
            if (preview.worthSaying() && !ImportConfirmation.confirm(view.getScene().getWindow(), preview)) {
                return;
            }
            background.run("import-data", () -> model.importFile(file, null), count -> {
                model.reload();
                showDone(file, count);
            }, e -> showError(FailureText.of(e)));
        }, e -> showError(FailureText.of(e)));
    }

    private void showDone(Path file, int count) {
        var done = new Alert(Alert.AlertType.INFORMATION, Messages.tr("cli.importData.done", file.getFileName(), count));
        done.setHeaderText(null);
        done.initOwner(view.getScene().getWindow());
        done.show();
    }

    private void showError(String message) {
        var alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText(Messages.tr("ui.import.failed"));
        alert.initOwner(view.getScene().getWindow());
        alert.show();
    }

    void exportCsv() {
        var chooser = new FileChooser();
        chooser.setTitle(Messages.tr("ui.datencheck.export"));
        chooser.setInitialFileName(Messages.tr("ui.datencheck.fileName", model.yearProperty().get()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(view.getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            Files.writeString(file.toPath(), TableCsv.BOM + model.csv(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            showError(Messages.tr("ui.datencheck.exportFailed", file, e.getMessage()));
        }
    }
}
