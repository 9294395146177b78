package de.werkbank.ui.board;

import de.werkbank.i18n.Messages;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;

/** The menu of a column's header: rename, WIP limit, new column, move, delete. */
final class ColumnMenu {

    private final ColumnModel column;
    private final BoardViewModel board;
    private ContextMenu menu;

    ColumnMenu(ColumnModel column, BoardViewModel board) {
        this.column = column;
        this.board = board;
    }

    /** Opens the menu at a screen point, next to {@code anchor}. */
    void show(Node anchor, double screenX, double screenY) {
        if (menu == null) {
            menu = new ContextMenu();
            menu.setId("column-menu");
            menu.getItems().setAll(items());
        }
        menu.show(anchor, screenX, screenY);
    }

    private List<MenuItem> items() {
        return List.of(
                item("ui.column.rename", this::rename),
                item("ui.column.wip", this::wipLimit),
                item("ui.column.addAfter", this::addAfter),
                new SeparatorMenuItem(),
                item("ui.column.moveLeft", () -> board.columnEdits().move(column, -1)),
                item("ui.column.moveRight", () -> board.columnEdits().move(column, 1)),
                new SeparatorMenuItem(),
                item("ui.column.remove", () -> board.columnEdits().remove(column)));
    }

    private static MenuItem item(String key, Runnable action) {
        var item = new MenuItem(Messages.tr(key));
        item.setOnAction(e -> action.run());
        return item;
    }

    private void rename() {
        ask("ui.column.rename.title", "ui.column.rename.prompt", column.column().name())
                .ifPresent(name -> board.columnEdits().rename(column, name));
    }

    private void wipLimit() {
        Integer limit = column.column().wipLimit();
        ask("ui.column.wip.title", "ui.column.wip.prompt", limit == null ? "" : limit.toString())
                .flatMap(text -> board.columnEdits().setWipLimit(column, text))
                .ifPresent(problem -> new Alert(Alert.AlertType.WARNING, problem).show());
    }

    private void addAfter() {
        ask("ui.column.add.title", "ui.column.rename.prompt", "").ifPresent(name -> board.columnEdits().addAfter(column, name));
    }

    private static Optional<String> ask(String titleKey, String promptKey, String value) {
        var dialog = new TextInputDialog(value);
        dialog.setTitle(Messages.tr(titleKey));
        dialog.setHeaderText(null);
        dialog.setContentText(Messages.tr(promptKey));
        return dialog.showAndWait();
    }
}
