package de.werkbank.ui.board;

import de.werkbank.i18n.Messages;
import de.werkbank.ui.theme.FieldColours;
import de.werkbank.ui.theme.KindBadge;
import de.werkbank.ui.virtual.VirtualList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** A card on the board: field colour, title (two lines at most), tool id, field, blue/green. */
final class CardTile implements VirtualList.Row<CardItem> {

    /** The height of a card row on the board, the gap to the next card included. */
    static final double HEIGHT = 78;

    private final StackPane row = new StackPane();
    private final Region colourBar = new Region();
    private final Label title = new Label();
    private final Label code = new Label();
    private final Label field = new Label();
    private final KindBadge badge = new KindBadge();
    private CardItem item;

    CardTile(BoardDrag drag) {
        var spacer = new Region();
        var meta = new HBox(6, code, field, spacer, badge);
        var text = new VBox(4, title, meta);
        var card = new HBox(8, colourBar, text);

        row.getStyleClass().add("card-row");
        card.getStyleClass().add("card");
        colourBar.getStyleClass().add("field-bar");
        title.getStyleClass().add("card-title");
        code.getStyleClass().add("tool-code");
        field.getStyleClass().add("card-field");
        title.setWrapText(true);
        title.setMinHeight(0);
        title.setAlignment(Pos.TOP_LEFT);
        VBox.setVgrow(title, Priority.ALWAYS);
        title.setMaxHeight(Double.MAX_VALUE);
        code.setMinWidth(Region.USE_PREF_SIZE);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        field.setMinWidth(0);
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(text, Priority.ALWAYS);
        meta.setAlignment(Pos.CENTER_LEFT);
        meta.setMinHeight(Region.USE_PREF_SIZE);
        row.getChildren().add(card);

        drag.makeDraggable(row, () -> item == null ? null : new BoardDrag.CardMove(item));
    }

    @Override
    public Region node() {
        return row;
    }

    @Override
    public void show(CardItem newItem, int index) {
        if (newItem.equals(item)) {
            return;
        }
        item = newItem;
        colourBar.setBackground(FieldColours.bar(item.colour()));
        title.setText(item.card().title());
        code.setText(item.code());
        field.setText(item.fieldName());
        badge.show(item.kind());
        row.setAccessibleText(Messages.tr("ui.board.card.accessible", item.card().title(), item.fieldName(),
                badge.getText()));
    }
}
