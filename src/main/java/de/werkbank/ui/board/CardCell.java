package de.werkbank.ui.board;

import de.werkbank.i18n.Messages;
import de.werkbank.ui.theme.KindBadge;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import de.werkbank.ui.theme.Wrapping;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A card on the board: field colour, title, tool id, field, blue/green. */
final class CardCell extends ListCell<CardItem> {

    static final PseudoClass DROP_BEFORE = PseudoClass.getPseudoClass("drop-before");

    private final Region colourBar = new Region();
    private final Label title = new Label();
    private final Label code = new Label();
    private final Label field = new Label();
    private final KindBadge badge = new KindBadge();
    private final HBox card;

    CardCell(ListView<CardItem> list, BoardDrag drag) {
        getStyleClass().add("card-cell");
        colourBar.getStyleClass().add("field-bar");
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        code.getStyleClass().add("tool-code");
        field.getStyleClass().add("card-field");
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var meta = new HBox(6, code, field, spacer, badge);
        meta.setAlignment(Pos.CENTER_LEFT);
        var text = new VBox(4, title, meta);
        HBox.setHgrow(text, Priority.ALWAYS);
        card = new HBox(8, colourBar, text);
        card.getStyleClass().add("card");
        code.setMinWidth(Region.USE_PREF_SIZE);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        field.setMinWidth(0);
        setPrefWidth(0);
        card.setMinWidth(0);
        Wrapping.fitToList(title, list, 46);

        addEventHandler(MouseEvent.DRAG_DETECTED, e -> {
            if (getItem() != null) {
                drag.start(new BoardDrag.CardMove(getItem()));
                startFullDrag();
                e.consume();
            }
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> drag.clear());
    }

    @Override
    protected void updateItem(CardItem item, boolean empty) {
        super.updateItem(item, empty);
        pseudoClassStateChanged(DROP_BEFORE, false);
        if (empty || item == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        colourBar.setStyle("-fx-background-color: " + item.colour() + ";");
        title.setText(item.card().title());
        code.setText(item.code());
        field.setText(item.fieldName());
        badge.show(item.kind());
        setAccessibleText(Messages.tr("ui.board.card.accessible", item.card().title(), item.fieldName(), badge.getText()));
        setGraphic(card);
    }
}
