package de.werkbank.ui.shell;

import de.werkbank.cli.Version;
import de.werkbank.content.StoreContent;
import de.werkbank.i18n.Messages;
import de.werkbank.session.Session;
import de.werkbank.snapshot.SnapshotDiff;
import de.werkbank.snapshot.Snapshots;
import de.werkbank.ui.board.BoardViewModel;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The window's snapshot menu items: export (with or without person names), import after a
 * confirmation that names what will be replaced, and compare with a snapshot. Reading, writing and
 * comparing run in the background.
 */
final class SnapshotActions {

    private final Stage stage;
    private final BackgroundWork background;
    private final Supplier<Session> session;
    private final BoardViewModel board;
    private final Consumer<String> errors;
    private final Runnable reloadCatalogue;

    /** @param reloadCatalogue shows the catalogue again after an import replaced it */
    SnapshotActions(Stage stage, BackgroundWork background, Supplier<Session> session, BoardViewModel board,
                    Runnable reloadCatalogue, Consumer<String> errors) {
        this.reloadCatalogue = reloadCatalogue;
        this.stage = stage;
        this.background = background;
        this.session = session;
        this.board = board;
        this.errors = errors;
    }

    List<MenuItem> menuItems() {
        var export = new MenuItem(Messages.tr("ui.snapshot.export"));
        export.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+E"));
        export.setOnAction(e -> export(true));
        var anonymous = new MenuItem(Messages.tr("ui.snapshot.exportAnonymous"));
        anonymous.setOnAction(e -> export(false));
        var importItem = new MenuItem(Messages.tr("ui.snapshot.import"));
        importItem.setOnAction(e -> importSnapshot());
        var compare = new MenuItem(Messages.tr("ui.snapshot.compare"));
        compare.setOnAction(e -> compare());
        return List.of(export, anonymous, importItem, compare);
    }

    private FileChooser chooser(String titleKey) {
        var chooser = new FileChooser();
        chooser.setTitle(Messages.tr(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.tr("ui.snapshot.files"), "*.json"));
        return chooser;
    }

    private void export(boolean personalData) {
        var chooser = chooser(personalData ? "ui.snapshot.export" : "ui.snapshot.exportAnonymous");
        chooser.setInitialFileName(Messages.tr("ui.snapshot.fileName", LocalDate.now().toString()));
        File file = chooser.showSaveDialog(stage);
        if (file == null || session.get() == null) {
            return;
        }
        Session s = session.get();
        background.run("export-snapshot", () -> {
            Snapshots.export(s.store(), file.toPath(), Instant.now(), Version.current(), personalData);
            return file.toPath();
        }, path -> info(Messages.tr("ui.snapshot.exported", path)), this::failed);
    }

    private void importSnapshot() {
        File file = chooser("ui.snapshot.import").showOpenDialog(stage);
        if (file == null || session.get() == null) {
            return;
        }
        Session s = session.get();
        background.run("read-snapshot", () -> new StoreContent[] {Snapshots.read(file.toPath()), s.store().content()},
                both -> confirmImport(s, file.toPath(), both[0], both[1]), this::failed);
    }

    private void confirmImport(Session s, Path file, StoreContent incoming, StoreContent current) {
        Snapshots.Summary now = Snapshots.Summary.of(current);
        Snapshots.Summary next = Snapshots.Summary.of(incoming);
        var confirm = new Alert(Alert.AlertType.CONFIRMATION, Messages.tr("ui.snapshot.import.text", now.planName(),
                now.cards(), now.werkzeuge(), now.history(), file.getFileName(), next.cards(), next.werkzeuge(),
                next.history()), ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText(Messages.tr("ui.snapshot.import.header"));
        confirm.initOwner(stage);
        if (confirm.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return;
        }
        board.closeSheet();
        background.run("import-snapshot", () -> s.store().replaceContent(incoming, file.getFileName().toString()),
                backup -> {
                    s.editor().forgetSteps();
                    board.reload();
                    reloadCatalogue.run();
                    info(Messages.tr("ui.snapshot.imported", file.getFileName(),
                            backup.map(Path::toString).orElse("—")));
                }, this::failed);
    }

    private void compare() {
        File file = chooser("ui.snapshot.compare").showOpenDialog(stage);
        if (file == null || session.get() == null) {
            return;
        }
        Session s = session.get();
        background.run("compare-snapshot", () -> SnapshotDiff.between(Snapshots.read(file.toPath()), s.store().content()),
                changes -> showChanges(file.getName(), changes), this::failed);
    }

    private void showChanges(String fileName, List<SnapshotDiff.Change> changes) {
        var list = new ListView<String>();
        list.setId("snapshot-changes");
        list.getItems().setAll(changes.stream().map(SnapshotDiff.Change::describe).toList());
        list.setPlaceholder(new Label(Messages.tr("diff.none")));
        list.setPrefSize(760, 420);
        var dialog = new Alert(Alert.AlertType.INFORMATION);
        dialog.initOwner(stage);
        dialog.setTitle(Messages.tr("ui.snapshot.compare"));
        dialog.setHeaderText(Messages.tr("ui.snapshot.compare.header", fileName, changes.size()));
        dialog.getDialogPane().setContent(new VBox(list));
        dialog.setResizable(true);
        dialog.show();
    }

    private void info(String text) {
        var alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.setHeaderText(null);
        alert.initOwner(stage);
        alert.show();
    }

    private void failed(Throwable t) {
        errors.accept(MainWindow.message(t));
    }
}
