package de.werkbank.ui.catalogue;

import atlantafx.base.controls.CustomTextField;
import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.Kind;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.i18n.Messages;
import de.werkbank.ui.board.BoardDrag;
import de.werkbank.ui.controls.AnyOrOne;
import de.werkbank.ui.virtual.VirtualList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The Werkzeugkatalog panel: search, filters, counts, the tools as tiles, the selected tool's details.
 * Tools are dragged from here onto the plan; Enter takes the selected tool into the plan's first column.
 * Above the list: new tool, edit, retire/restore, show retired; a double click or the context menu edits.
 */
public final class CatalogueView extends VBox {

    public CatalogueView(CatalogueViewModel model, BoardDrag drag, Consumer<Werkzeug> takeIntoPlan,
                         CatalogueActions actions) {
        var heading = new Label(Messages.tr("ui.catalogue.title"));
        var search = new CustomTextField();
        var fieldFilter = new ComboBox<Handlungsfeld>();
        var kindFilter = new ComboBox<Kind>();
        var count = new Label();
        var list = new VirtualList<Werkzeug>(WerkzeugTile.HEIGHT, () -> new WerkzeugTile(model, drag));
        var details = new Label();
        var add = new Button(null, new FontIcon(MaterialDesignP.PLUS));
        var edit = new Button(null, new FontIcon(MaterialDesignP.PENCIL_OUTLINE));
        var retire = new Button(null, new FontIcon(MaterialDesignA.ARCHIVE_ARROW_DOWN_OUTLINE));
        var showRetired = new ToggleButton(null, new FontIcon(MaterialDesignA.ARCHIVE_EYE_OUTLINE));
        var tools = new HBox(4, add, edit, retire, showRetired);

        heading.getStyleClass().addAll("panel-title");
        search.setPromptText(Messages.tr("ui.catalogue.search"));
        search.setTooltip(new Tooltip(Messages.tr("ui.catalogue.search.tooltip")));
        search.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        search.setId("catalogue-search");
        fieldFilter.setId("catalogue-field");
        fieldFilter.setMaxWidth(Double.MAX_VALUE);
        kindFilter.setId("catalogue-kind");
        kindFilter.setMaxWidth(Double.MAX_VALUE);
        count.getStyleClass().add("count");
        count.setId("catalogue-count");
        list.setId("catalogue-list");
        list.getStyleClass().add("catalogue-list");
        details.getStyleClass().add("tool-details");
        details.setWrapText(true);
        details.setMinHeight(Region.USE_PREF_SIZE);
        details.setMaxWidth(Double.MAX_VALUE);
        // the whole tool, scrollable; the list keeps at least three tools and shares the rest
        var detailsScroller = new ScrollPane(details);
        detailsScroller.setFitToWidth(true);
        detailsScroller.setId("catalogue-details");
        detailsScroller.getStyleClass().add("tool-details-scroller");
        detailsScroller.setPrefHeight(170);
        detailsScroller.setMinHeight(120);
        detailsScroller.setFocusTraversable(false);
        list.setMinHeight(3 * WerkzeugTile.HEIGHT);
        setVgrow(list, Priority.ALWAYS);
        getStyleClass().add("catalogue-panel");
        setSpacing(8);
        tools.getStyleClass().add("catalogue-tools");
        add.setId("catalogue-new");
        edit.setId("catalogue-edit");
        retire.setId("catalogue-retire");
        showRetired.setId("catalogue-show-retired");
        add.setTooltip(new Tooltip(Messages.tr("ui.catalogue.new.tooltip")));
        edit.setTooltip(new Tooltip(Messages.tr("ui.catalogue.edit.tooltip")));
        retire.setTooltip(new Tooltip(Messages.tr("ui.catalogue.retire.tooltip")));
        showRetired.setTooltip(new Tooltip(Messages.tr("ui.catalogue.showRetired.tooltip")));
        add.setAccessibleText(Messages.tr("ui.menu.catalogue.new"));
        edit.setAccessibleText(Messages.tr("ui.menu.catalogue.edit"));
        showRetired.setAccessibleText(Messages.tr("ui.menu.catalogue.showRetired"));
        getChildren().addAll(heading, tools, search, fieldFilter, kindFilter, count, list, detailsScroller);

        search.textProperty().bindBidirectional(model.queryProperty());
        AnyOrOne.name(fieldFilter, h -> h == null ? Messages.tr("ui.catalogue.allFields") : h.shortName());
        AnyOrOne.fill(fieldFilter, model.handlungsfelder());
        model.handlungsfelder().addListener((ListChangeListener<Handlungsfeld>) c ->
                AnyOrOne.fill(fieldFilter, model.handlungsfelder()));
        fieldFilter.valueProperty().bindBidirectional(model.fieldProperty());
        AnyOrOne.name(kindFilter, k -> k == null ? Messages.tr("ui.catalogue.allKinds") : Messages.tr("ui.catalogue.kind." + k.name()));
        AnyOrOne.fill(kindFilter, List.of(Kind.values()));
        AnyOrOne.listOnOpen(fieldFilter);
        AnyOrOne.listOnOpen(kindFilter);
        kindFilter.valueProperty().bindBidirectional(model.kindProperty());
        count.textProperty().bind(model.countText());
        list.setItems(model.visibleTools());
        list.setPlaceholderText(Messages.tr("ui.catalogue.nothingFound"));
        model.visibleTools().addListener((ListChangeListener<Werkzeug>) c -> list.selectedIndexProperty().set(-1));
        model.selectedProperty().bind(Bindings.createObjectBinding(list::selectedItem, list.selectedIndexProperty()));
        details.textProperty().bind(Bindings.createStringBinding(
                () -> describe(model, model.selectedProperty().get()), model.selectedProperty(), model.fieldProperty()));
        add.setOnAction(e -> actions.newTool());
        edit.setOnAction(e -> actions.editSelected());
        retire.setOnAction(e -> actions.retireOrRestoreSelected());
        edit.disableProperty().bind(actions.noSelection());
        retire.disableProperty().bind(actions.noSelection());
        retire.accessibleTextProperty().bind(actions.retireText());
        showRetired.selectedProperty().bindBidirectional(model.showRetiredProperty());
        var editItem = new MenuItem(Messages.tr("ui.menu.catalogue.edit"));
        var retireItem = new MenuItem();
        var deleteItem = new MenuItem(Messages.tr("ui.menu.catalogue.delete"));
        editItem.setOnAction(e -> actions.editSelected());
        retireItem.textProperty().bind(actions.retireText());
        retireItem.setOnAction(e -> actions.retireOrRestoreSelected());
        deleteItem.setOnAction(e -> actions.deleteSelected());
        var menu = new ContextMenu(editItem, retireItem, deleteItem);
        list.setOnContextMenuRequested(e -> {
            if (list.selectedItem() != null) {
                menu.show(list, e.getScreenX(), e.getScreenY());
            }
        });
        list.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && list.selectedItem() != null) {
                actions.editSelected();
            }
        });
        model.setReselect(tool -> {
            int index = tool == null ? -1 : model.visibleTools().indexOf(tool);
            list.selectedIndexProperty().set(index);
        });
        list.setOnKeyPressed(e -> {
            Werkzeug tool = list.selectedItem();
            if (e.getCode() == KeyCode.ENTER && tool != null && !tool.retired()) {
                takeIntoPlan.accept(tool);
                e.consume();
            }
        });
    }

    private static String describe(CatalogueViewModel model, Werkzeug tool) {
        if (tool == null) {
            Handlungsfeld field = model.fieldProperty().get();
            return field == null
                    ? Messages.tr("ui.catalogue.noSelection") + "\n\n" + Messages.tr("ui.catalogue.hint")
                    : Messages.tr("ui.catalogue.zukunftsbild", field.title()) + "\n\n" + model.zukunftsbild(field);
        }
        String field = model.handlungsfeldOf(tool).map(Handlungsfeld::shortName).orElse(tool.handlungsfeld());
        return tool.code() + " · " + field + "\n" + tool.title() + "\n\n" + tool.description() + "\n\n"
                + Messages.tr("ui.catalogue.details.targetGroups", String.join(", ", tool.targetGroups())) + "\n"
                + Messages.tr("ui.catalogue.details.leadOffice", tool.leadOffice()) + "\n"
                + Messages.tr("ui.catalogue.details.tags", String.join(", ", tool.tags()));
    }
}
