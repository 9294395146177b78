package de.werkbank.ui.datencheck.importing;

import de.werkbank.datencheck.DataImport;
import de.werkbank.i18n.Messages;
import de.werkbank.ui.shell.FailureText;
import java.io.File;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/** The mapping dialog's saved mappings (the JSON {@code import-data --mapping} reads) and its small helpers. */
final class MappingFiles {

    private MappingFiles() {
    }

    /** Asks for a saved mapping and shows it in the dialog. */
    static void load(MappingDialog dialog) {
        var chooser = new FileChooser();
        chooser.setTitle(Messages.tr("ui.import.loadMapping"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        File chosen = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
        if (chosen != null) {
            try {
                dialog.apply(DataImport.mapping(chosen.toPath()));
            } catch (RuntimeException e) {
                dialog.showProblem(FailureText.of(e));
            }
        }
    }

    /** Asks where to save the dialog's mapping and saves it. */
    static void save(MappingDialog dialog) {
        var chooser = new FileChooser();
        chooser.setTitle(Messages.tr("ui.import.saveMapping"));
        chooser.setInitialFileName(dialog.file().getFileName().toString().replaceFirst("\\.[^.]*$", "") + "-mapping.json");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        File chosen = chooser.showSaveDialog(dialog.getDialogPane().getScene().getWindow());
        if (chosen != null) {
            try {
                DataImport.saveMapping(dialog.mapping(true), chosen.toPath());
                dialog.say(Messages.tr("ui.import.mappingSaved", chosen.getName()));
            } catch (RuntimeException e) {
                dialog.showProblem(FailureText.of(e));
            }
        }
    }

    /** Shows "no column" as a dash and the tab as its name. */
    static StringConverter<String> noneAsDash() {
        return new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null || s.isEmpty() ? "—" : s.equals("\t") ? Messages.tr("ui.import.tab") : s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
    }
}
