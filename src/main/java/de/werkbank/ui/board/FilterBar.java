package de.werkbank.ui.board;

import de.werkbank.area.Area;
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
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * The board's filter: text, Handlungsfeld, blue/green, lead office, Kommune, overdue, blocked. Cards
 * that do not match are hidden; the bar is marked while a filter is active, and one button clears it.
 * It wraps onto a second line when the board is narrow.
 */
public final class FilterBar extends FlowPane {

    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");

    public FilterBar(BoardViewModel board) {
        var text = new TextField();
        var field = new ComboBox<Handlungsfeld>();
        var kind = new ComboBox<Kind>();
        var office = new ComboBox<String>();
        var area = new ComboBox<Area>();
        var overdue = new ToggleButton(Messages.tr("ui.filter.overdue"));
        var blocked = new ToggleButton(Messages.tr("ui.filter.blocked"));
        var clear = new Button(Messages.tr("ui.filter.clear"));

        getStyleClass().add("filter-bar");
        setHgap(6);
        setVgap(6);
        setAlignment(Pos.CENTER_LEFT);
        text.setPromptText(Messages.tr("ui.filter.text"));
        text.setId("board-filter-text");
        text.setPrefColumnCount(9);
        field.setId("board-filter-field");
        kind.setId("board-filter-kind");
        office.setId("board-filter-office");
        area.setId("board-filter-area");
        overdue.setId("board-filter-overdue");
        blocked.setId("board-filter-blocked");
        field.setPrefWidth(165);
        kind.setPrefWidth(130);
        office.setPrefWidth(175);
        area.setPrefWidth(150);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.setId("board-filter-clear");
        getChildren().addAll(text, field, kind, office, area, overdue, blocked, clear);

        AnyOrOne.name(field, h -> h == null ? Messages.tr("ui.catalogue.allFields") : h.shortName());
        AnyOrOne.fill(field, board.handlungsfelder());
        board.handlungsfelder().addListener((InvalidationListener) o -> AnyOrOne.fill(field, board.handlungsfelder()));
        AnyOrOne.name(kind, k -> k == null ? Messages.tr("ui.catalogue.allKinds") : Messages.tr("ui.catalogue.kind." + k.name()));
        AnyOrOne.fill(kind, List.of(Kind.values()));
        AnyOrOne.name(office, o -> o == null ? Messages.tr("ui.filter.allOffices") : o);
        AnyOrOne.fill(office, board.leadOffices());
        board.leadOffices().addListener((InvalidationListener) o -> AnyOrOne.fill(office, board.leadOffices()));

        AnyOrOne.name(area, a -> a == null ? Messages.tr("ui.filter.allAreas") : a.name());
        AnyOrOne.fill(area, board.areas());
        board.areas().addListener((InvalidationListener) o -> AnyOrOne.fill(area, board.areas()));

        Runnable push = () -> board.filterProperty().set(new CardFilter(text.getText(),
                field.getValue() == null ? null : field.getValue().key(), kind.getValue(), office.getValue(),
                area.getValue() == null ? null : area.getValue().key(), overdue.isSelected(), blocked.isSelected()));
        text.textProperty().addListener(o -> push.run());
        field.valueProperty().addListener(o -> push.run());
        kind.valueProperty().addListener(o -> push.run());
        office.valueProperty().addListener(o -> push.run());
        area.valueProperty().addListener(o -> push.run());
        overdue.selectedProperty().addListener(o -> push.run());
        blocked.selectedProperty().addListener(o -> push.run());
        board.filterProperty().addListener((obs, old, now) -> {
            pseudoClassStateChanged(ACTIVE, now.active());
            if (!now.active()) {
                text.clear();
                field.setValue(null);
                kind.setValue(null);
                office.setValue(null);
                area.setValue(null);
                overdue.setSelected(false);
                blocked.setSelected(false);
            } else if (area.getValue() == null ? now.area() != null : !area.getValue().key().equals(now.area())) {
                // set from elsewhere (the Datencheck map): show the Kommune it filters by
                area.setValue(board.areas().stream().filter(a -> a.key().equals(now.area())).findFirst().orElse(null));
            }
        });
        clear.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !board.filterProperty().get().active(), board.filterProperty()));
        clear.setOnAction(e -> board.clearFilter());
    }
}
