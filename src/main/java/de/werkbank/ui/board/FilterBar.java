package de.werkbank.ui.board;

import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.Kind;
import de.werkbank.i18n.Messages;
import de.werkbank.ui.controls.AnyOrOne;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

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

        AnyOrOne.name(field, h -> h == null ? Messages.tr("ui.catalogue.allFields") : h.shortName());
        AnyOrOne.fill(field, board.handlungsfelder());
        board.handlungsfelder().addListener((InvalidationListener) o -> AnyOrOne.fill(field, board.handlungsfelder()));
        AnyOrOne.name(kind, k -> k == null ? Messages.tr("ui.catalogue.allKinds") : Messages.tr("ui.catalogue.kind." + k.name()));
        AnyOrOne.fill(kind, List.of(Kind.values()));
        AnyOrOne.name(office, o -> o == null ? Messages.tr("ui.filter.allOffices") : o);
        AnyOrOne.fill(office, board.leadOffices());
        board.leadOffices().addListener((InvalidationListener) o -> AnyOrOne.fill(office, board.leadOffices()));

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
}
