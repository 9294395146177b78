package de.werkbank.ui.board;

import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.Kind;
import de.werkbank.i18n.Messages;
import java.util.ArrayList;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * The board's filter: text, Handlungsfeld, blue/green, lead office. Cards that do not match are
 * hidden; the bar is marked while a filter is active, and one button clears it.
 */
public final class FilterBar extends HBox {

    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");

    public FilterBar(BoardViewModel board) {
        var text = new TextField();
        var field = new ComboBox<Handlungsfeld>();
        var kind = new ComboBox<Kind>();
        var office = new ComboBox<String>();
        var clear = new Button(Messages.tr("ui.filter.clear"));

        getStyleClass().add("filter-bar");
        setSpacing(6);
        setAlignment(Pos.CENTER_RIGHT);
        text.setPromptText(Messages.tr("ui.filter.text"));
        text.setId("board-filter-text");
        text.setPrefColumnCount(9);
        field.setId("board-filter-field");
        kind.setId("board-filter-kind");
        office.setId("board-filter-office");
        field.setPrefWidth(175);
        kind.setPrefWidth(140);
        office.setPrefWidth(175);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.setId("board-filter-clear");
        getChildren().addAll(text, field, kind, office, clear);

        fill(field, board.handlungsfelder(), h -> h == null ? Messages.tr("ui.catalogue.allFields") : h.shortName());
        board.handlungsfelder().addListener((InvalidationListener) o ->
                fill(field, board.handlungsfelder(), h -> h == null ? Messages.tr("ui.catalogue.allFields") : h.shortName()));
        fill(kind, FXCollections.observableArrayList(Kind.values()),
                k -> k == null ? Messages.tr("ui.catalogue.allKinds") : Messages.tr("ui.catalogue.kind." + k.name()));
        fill(office, board.leadOffices(), o -> o == null ? Messages.tr("ui.filter.allOffices") : o);
        board.leadOffices().addListener((InvalidationListener) o ->
                fill(office, board.leadOffices(), x -> x == null ? Messages.tr("ui.filter.allOffices") : x));

        Runnable push = () -> board.filterProperty().set(new CardFilter(text.getText(),
                field.getValue() == null ? null : field.getValue().key(), kind.getValue(), office.getValue()));
        text.textProperty().addListener(o -> push.run());
        field.valueProperty().addListener(o -> push.run());
        kind.valueProperty().addListener(o -> push.run());
        office.valueProperty().addListener(o -> push.run());
        board.filterProperty().addListener((obs, old, now) -> {
            pseudoClassStateChanged(ACTIVE, now.active());
            if (!now.active()) {
                text.clear();
                field.setValue(null);
                kind.setValue(null);
                office.setValue(null);
            }
        });
        clear.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !board.filterProperty().get().active(), board.filterProperty()));
        clear.setOnAction(e -> board.clearFilter());
    }

    /** Fills a combo box with "all" (null) and the choices, showing them through {@code names}. */
    private static <T> void fill(ComboBox<T> combo, ObservableList<T> choices, Function<T, String> names) {
        T chosen = combo.getValue();
        var items = new ArrayList<T>();
        items.add(null);
        items.addAll(choices);
        combo.getItems().setAll(items);
        combo.setValue(chosen);
        var converter = new StringConverter<T>() {
            @Override
            public String toString(T item) {
                return names.apply(item);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
        combo.setConverter(converter);
        combo.setButtonCell(new NamedCell<>(names, true));
        combo.setCellFactory(v -> new NamedCell<>(names, false));
    }

    private static final class NamedCell<T> extends ListCell<T> {
        private final Function<T, String> names;
        private final boolean buttonCell;

        NamedCell(Function<T, String> names, boolean buttonCell) {
            this.names = names;
            this.buttonCell = buttonCell;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty && !buttonCell ? null : names.apply(item));
        }
    }
}
