package de.werkbank.ui.catalogue;

import de.werkbank.catalogue.Werkzeug;
import de.werkbank.catalogue.edit.AddWerkzeug;
import de.werkbank.catalogue.edit.EditHandlungsfeld;
import de.werkbank.catalogue.edit.EditWerkzeug;
import de.werkbank.catalogue.edit.RemoveWerkzeug;
import de.werkbank.i18n.Messages;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * What the user does to the catalogue: a new tool, editing the selected one, retiring or restoring it,
 * deleting an unused one, editing the Handlungsfelder. Each opens its dialog and runs one command.
 */
public final class CatalogueActions {

    private final Window owner;
    private final CatalogueViewModel model;
    private final BooleanBinding noSelection;

    public CatalogueActions(Window owner, CatalogueViewModel model) {
        this.owner = owner;
        this.model = model;
        this.noSelection = model.selectedProperty().isNull();
    }

    public void newTool() {
        new WerkzeugDialog(owner, model.blankTool(), model.catalogue().handlungsfelder(), true).showAndWait()
                .ifPresent(tool -> model.execute(new AddWerkzeug(tool)));
    }

    public void editSelected() {
        Werkzeug tool = model.selectedProperty().get();
        if (tool == null) {
            return;
        }
        new WerkzeugDialog(owner, tool, model.catalogue().handlungsfelder(), false).showAndWait()
                .filter(edited -> !edited.equals(tool))
                .ifPresent(edited -> model.execute(new EditWerkzeug(tool, edited)));
    }

    /** Retires the selected tool, or restores it when it is retired. */
    public void retireOrRestoreSelected() {
        Werkzeug tool = model.selectedProperty().get();
        if (tool != null) {
            model.execute(EditWerkzeug.retire(tool, !tool.retired()));
        }
    }

    public void deleteSelected() {
        Werkzeug tool = model.selectedProperty().get();
        if (tool == null) {
            return;
        }
        var confirm = new Alert(Alert.AlertType.CONFIRMATION, Messages.tr("ui.werkzeug.confirmDelete", tool.code(),
                tool.title()), ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText(null);
        confirm.initOwner(owner);
        if (confirm.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
            model.execute(new RemoveWerkzeug(tool));
        }
    }

    public void editFields() {
        new HandlungsfelderDialog(owner, model.catalogue(), model.fieldProperty().get()).showAndWait()
                .ifPresent(change -> model.execute(new EditHandlungsfeld(change)));
    }

    /** "Ausmustern" or "Wiederherstellen", as fits the selected tool. */
    StringBinding retireText() {
        return Bindings.createStringBinding(() -> {
            Werkzeug tool = model.selectedProperty().get();
            return Messages.tr(tool != null && tool.retired() ? "ui.menu.catalogue.restore" : "ui.menu.catalogue.retire");
        }, model.selectedProperty());
    }

    BooleanBinding noSelection() {
        return noSelection;
    }

    /** The Katalog menu's entries for editing (the file entries are added by the window). */
    public List<MenuItem> menuItems() {
        var add = item("ui.menu.catalogue.new", "Shortcut+N", this::newTool);
        var edit = item("ui.menu.catalogue.edit", "Shortcut+E", this::editSelected);
        var retire = item("ui.menu.catalogue.retire", "Shortcut+R", this::retireOrRestoreSelected);
        var delete = item("ui.menu.catalogue.delete", null, this::deleteSelected);
        var showRetired = new CheckMenuItem(Messages.tr("ui.menu.catalogue.showRetired"));
        var fields = item("ui.menu.catalogue.fields", null, this::editFields);
        retire.textProperty().bind(retireText());
        for (MenuItem needsTool : List.of(edit, retire, delete)) {
            needsTool.disableProperty().bind(noSelection);
        }
        showRetired.selectedProperty().bindBidirectional(model.showRetiredProperty());
        showRetired.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+R"));
        return List.of(add, edit, retire, delete, new SeparatorMenuItem(), showRetired, new SeparatorMenuItem(), fields);
    }

    private static MenuItem item(String key, String accelerator, Runnable action) {
        var item = new MenuItem(Messages.tr(key));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
