package de.werkbank.ui.shell;

import de.werkbank.i18n.Messages;
import de.werkbank.session.Session;
import de.werkbank.store.Backups;
import de.werkbank.store.StoreLocation;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Datei → Sicherung wiederherstellen…: lists the store's backups (newest first: when, what they were
 * taken before, size, file), and after a confirmation that names the chosen one restores it in the
 * background; then the window opens the store again and shows the restored plan.
 */
final class BackupActions {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private final Stage stage;
    private final BackgroundWork background;
    private final Supplier<Session> session;
    private final Consumer<StoreLocation> reopen;
    private final Consumer<String> errors;
    private final Runnable beforeRestore;

    /**
     * @param beforeRestore closes what shows the plan (the open sheet stores its field first)
     * @param reopen opens the store again after the restore (so plan, catalogue, undo steps are read anew) */
    BackupActions(Stage stage, BackgroundWork background, Supplier<Session> session, Runnable beforeRestore,
                  Consumer<StoreLocation> reopen, Consumer<String> errors) {
        this.beforeRestore = beforeRestore;
        this.stage = stage;
        this.background = background;
        this.session = session;
        this.reopen = reopen;
        this.errors = errors;
    }

    MenuItem menuItem() {
        var restore = new MenuItem(Messages.tr("ui.backup.restore"));
        restore.setId("menu-restore-backup");
        restore.setOnAction(e -> choose());
        return restore;
    }

    /** The text a backup has in the list. */
    static String describe(Backups.Backup b) {
        return Messages.tr("ui.backup.entry", WHEN.format(b.takenAt()), b.what(), b.sizeText(), b.name());
    }

    private void choose() {
        Session s = session.get();
        if (s == null) {
            return;
        }
        StoreLocation location = s.store().location();
        background.run("list-backups", () -> Backups.list(location), backups -> pick(backups)
                .ifPresent(b -> confirmAndRestore(s, b)), t -> errors.accept(MainWindow.message(t)));
    }

    private Optional<Backups.Backup> pick(List<Backups.Backup> backups) {
        var list = new ListView<Backups.Backup>();
        list.setId("backup-list");
        list.getItems().setAll(backups);
        list.setPlaceholder(new Label(Messages.tr("ui.backup.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Backups.Backup item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : describe(item));
            }
        });
        list.setPrefSize(760, 360);
        list.getSelectionModel().selectFirst();
        var dialog = new Dialog<Backups.Backup>();
        dialog.initOwner(stage);
        dialog.setTitle(Messages.tr("ui.backup.title"));
        dialog.setHeaderText(Messages.tr("ui.backup.header"));
        dialog.getDialogPane().setContent(new VBox(list));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).fire();
            }
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? list.getSelectionModel().getSelectedItem() : null);
        dialog.setResizable(true);
        return dialog.showAndWait();
    }

    private void confirmAndRestore(Session s, Backups.Backup backup) {
        var confirm = new Alert(Alert.AlertType.CONFIRMATION, Messages.tr("ui.backup.confirm.text", backup.name(),
                WHEN.format(backup.takenAt()), backup.what()), ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText(Messages.tr("ui.backup.confirm.header", backup.name()));
        confirm.initOwner(stage);
        if (confirm.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return;
        }
        beforeRestore.run();
        StoreLocation location = s.store().location();
        background.run("restore-backup", () -> s.store().restoreBackup(backup.file()), (Path before) -> {
            reopen.accept(location);
            var done = new Alert(Alert.AlertType.INFORMATION, Messages.tr("ui.backup.restored", backup.name(), before));
            done.setHeaderText(null);
            done.initOwner(stage);
            done.show();
        }, t -> errors.accept(MainWindow.message(t)));
    }
}
