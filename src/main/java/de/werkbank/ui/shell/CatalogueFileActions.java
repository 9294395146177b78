package de.werkbank.ui.shell;

import de.werkbank.catalogue.CatalogueImport;
import de.werkbank.catalogue.CatalogueTable;
import de.werkbank.catalogue.edit.ImportCatalogue;
import de.werkbank.i18n.Messages;
import de.werkbank.session.Session;
import de.werkbank.ui.catalogue.CatalogueViewModel;
import de.werkbank.ui.catalogue.ImportPreviewDialog;
import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * Katalog → export to and import from Excel or CSV: files are written and read off the FX thread; an
 * import shows its preview first and is stored as one command (one undo takes it back).
 */
final class CatalogueFileActions {

    private final Stage stage;
    private final BackgroundWork background;
    private final Supplier<Session> session;
    private final CatalogueViewModel catalogue;
    private final Consumer<String> errors;

    CatalogueFileActions(Stage stage, BackgroundWork background, Supplier<Session> session, CatalogueViewModel catalogue,
                         Consumer<String> errors) {
        this.stage = stage;
        this.background = background;
        this.session = session;
        this.catalogue = catalogue;
        this.errors = errors;
    }

    List<MenuItem> menuItems() {
        var export = new MenuItem(Messages.tr("ui.menu.catalogue.export"));
        export.setOnAction(e -> export());
        var importFile = new MenuItem(Messages.tr("ui.menu.catalogue.import"));
        importFile.setOnAction(e -> importFile());
        return List.of(export, importFile);
    }

    private FileChooser chooser(String titleKey) {
        var chooser = new FileChooser();
        chooser.setTitle(Messages.tr(titleKey));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.tr("ui.catalogue.fileFilter"), "*.xlsx", "*.csv"));
        return chooser;
    }

    private void export() {
        var chooser = chooser("ui.menu.catalogue.export");
        chooser.setInitialFileName("werkzeugkatalog.xlsx");
        File file = chooser.showSaveDialog(stage);
        if (file == null || session.get() == null) {
            return;
        }
        var content = session.get().store().catalogue();
        background.run("export-catalogue", () -> {
            CatalogueTable.write(content, file.toPath());
            return file;
        }, written -> info(Messages.tr("ui.export.done", written)), t -> errors.accept(MainWindow.message(t)));
    }

    private void importFile() {
        File file = chooser("ui.menu.catalogue.import").showOpenDialog(stage);
        if (file != null) {
            importFile(file);
        }
    }

    /** Reads the file, shows the preview and, when the user agrees, stores it. */
    void importFile(File file) {
        Session s = session.get();
        if (s == null) {
            return;
        }
        background.run("import-catalogue", () -> CatalogueImport.preview(s.store().catalogue(),
                        CatalogueTable.read(file.toPath())),
                preview -> {
                    boolean agreed = new ImportPreviewDialog(stage, preview).showAndWait().orElse(false);
                    if (agreed) {
                        s.store().guarded("before-catalogue-import", file.getName(), () -> {
                            catalogue.execute(new ImportCatalogue(preview));
                            return null;
                        });
                    }
                }, t -> errors.accept(MainWindow.message(t)));
    }

    private void info(String text) {
        var alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.setHeaderText(null);
        alert.initOwner(stage);
        alert.show();
    }
}
