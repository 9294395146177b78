package de.werkbank.ui.catalogue;

import atlantafx.base.controls.CustomTextField;
import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.Kind;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.i18n.Messages;
import de.werkbank.ui.board.BoardDrag;
import de.werkbank.ui.virtual.VirtualList;
import java.util.ArrayList;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The Werkzeugkatalog panel: search, filters, counts, the tools as tiles, the selected tool's details.
 * Tools are dragged from here onto the plan; Enter takes the selected tool into the plan's first column.
 */
public final class CatalogueView extends VBox {

    public CatalogueView(CatalogueViewModel model, BoardDrag drag, Consumer<Werkzeug> takeIntoPlan) {
        var heading = new Label(Messages.tr("ui.catalogue.title"));
        var search = new CustomTextField();
        var fieldFilter = new ComboBox<Handlungsfeld>();
        var kindFilter = new ComboBox<Kind>();
        var count = new Label();
        var list = new VirtualList<Werkzeug>(WerkzeugTile.HEIGHT, () -> new WerkzeugTile(model, drag));
        var details = new Label();

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
        details.setMinHeight(120);
        details.setMaxHeight(Region.USE_PREF_SIZE);
        list.setMinHeight(3 * WerkzeugTile.HEIGHT);
        setVgrow(list, Priority.ALWAYS);
        getStyleClass().add("catalogue-panel");
        setSpacing(8);
        getChildren().addAll(heading, search, fieldFilter, kindFilter, count, list, details);

        search.textProperty().bindBidirectional(model.queryProperty());
        fillFieldFilter(fieldFilter, model);
        model.handlungsfelder().addListener((ListChangeListener<Handlungsfeld>) c -> fillFieldFilter(fieldFilter, model));
        fieldFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(Handlungsfeld h) {
                return h == null ? Messages.tr("ui.catalogue.allFields") : h.shortName();
            }

            @Override
            public Handlungsfeld fromString(String s) {
                return null;
            }
        });
        fieldFilter.setButtonCell(new ConverterCell<>(fieldFilter.getConverter(), true));
        fieldFilter.setCellFactory(v -> new ConverterCell<>(fieldFilter.getConverter(), false));
        fieldFilter.valueProperty().bindBidirectional(model.fieldProperty());
        kindFilter.getItems().addAll(null, Kind.BLUE, Kind.GREEN);
        kindFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(Kind k) {
                return k == null ? Messages.tr("ui.catalogue.allKinds") : Messages.tr("ui.catalogue.kind." + k.name());
            }

            @Override
            public Kind fromString(String s) {
                return null;
            }
        });
        kindFilter.setButtonCell(new ConverterCell<>(kindFilter.getConverter(), true));
        kindFilter.setCellFactory(v -> new ConverterCell<>(kindFilter.getConverter(), false));
        kindFilter.valueProperty().bindBidirectional(model.kindProperty());
        count.textProperty().bind(model.countText());
        list.setItems(model.visibleTools());
        list.setPlaceholderText(Messages.tr("ui.catalogue.nothingFound"));
        model.visibleTools().addListener((ListChangeListener<Werkzeug>) c -> list.selectedIndexProperty().set(-1));
        model.selectedProperty().bind(Bindings.createObjectBinding(list::selectedItem, list.selectedIndexProperty()));
        details.textProperty().bind(Bindings.createStringBinding(
                () -> describe(model, model.selectedProperty().get()), model.selectedProperty(), model.fieldProperty()));
        list.setOnKeyPressed(e -> {
            Werkzeug tool = list.selectedItem();
            if (e.getCode() == KeyCode.ENTER && tool != null) {
                takeIntoPlan.accept(tool);
                e.consume();
            }
        });
    }

    /** "All" (null) and the fields, keeping the choice; the choice is the model's, not the combo box's. */
    private static void fillFieldFilter(ComboBox<Handlungsfeld> combo, CatalogueViewModel model) {
        Handlungsfeld chosen = model.fieldProperty().get();
        var items = new ArrayList<Handlungsfeld>();
        items.add(null);
        items.addAll(model.handlungsfelder());
        combo.getItems().setAll(items);
        combo.setValue(chosen);
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

    /** A combo box cell that shows {@code null} through the converter ("Alle …"). */
    private static final class ConverterCell<T> extends ListCell<T> {
        private final StringConverter<T> converter;
        private final boolean buttonCell;

        ConverterCell(StringConverter<T> converter, boolean buttonCell) {
            this.converter = converter;
            this.buttonCell = buttonCell;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty && !buttonCell ? null : converter.toString(item));
        }
    }
}
