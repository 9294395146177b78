package de.werkbank.ui.shell;

import de.werkbank.i18n.Messages;
import de.werkbank.intake.ImportMeasures;
import de.werkbank.intake.IntakeContext;
import de.werkbank.session.Session;
import de.werkbank.ui.intake.MeasureImportDialog;
import java.io.File;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * Datei → Maßnahmen importieren…: the store is read off the FX thread, the dialog previews the import,
 * and what the user agrees to is stored as one command of the plan (one undo takes it back).
 */
final class MeasureImportActions {

    private final Stage stage;
    private final BackgroundWork background;
    private final Supplier<Session> session;
    private final Consumer<String> errors;

    MeasureImportActions(Stage stage, BackgroundWork background, Supplier<Session> session, Consumer<String> errors) {
        this.stage = stage;
        this.background = background;
        this.session = session;
        this.errors = errors;
    }

    MenuItem menuItem() {
        var item = new MenuItem(Messages.tr("ui.menu.file.importMeasures"));
        item.setId("menu-import-measures");
        item.setOnAction(e -> {
            var chooser = new FileChooser();
            chooser.setTitle(Messages.tr("ui.menu.file.importMeasures"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.tr("ui.intake.fileFilter"),
                    "*.xlsx", "*.csv", "*.json"));
            File file = chooser.showOpenDialog(stage);
            if (file != null) {
                importFile(file);
            }
        });
        return item;
    }

    /** Reads the store, shows the preview and, when the user agrees, stores the import. */
    void importFile(File file) {
        Session s = session.get();
        if (s == null) {
            return;
        }
        background.run("import-measures", () -> IntakeContext.of(s.store()), context ->
                new MeasureImportDialog(stage, file.toPath(), context, Instant.now()).showAndWait().ifPresent(plan ->
                        s.store().guarded("before-measure-import", file.getName(), () -> {
                            s.editor().execute(ImportMeasures.of(plan));
                            return null;
                        })), t -> errors.accept(MainWindow.message(t)));
    }
}
