package de.werkbank.ui.board;

import de.werkbank.i18n.Messages;
import de.werkbank.ui.virtual.VirtualList;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Tooltip;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One column of the board: its name and card count above a virtualised list of cards (only the
 * visible cards become nodes). Accepts dragged tools and cards and shows where they will land.
 */
final class ColumnView extends VBox {

    private static final PseudoClass OVER_LIMIT = PseudoClass.getPseudoClass("over-limit");

    private final ColumnModel column;
    private final VirtualList<CardItem> cards;

    ColumnView(ColumnModel column, BoardViewModel board, BoardDrag drag) {
        this.column = column;
        this.cards = new VirtualList<>(CardTile.HEIGHT, () -> new CardTile(drag, board::openSheet));
        var name = new Label();
        var count = new Label();
        var spacer = new Region();
        var menu = new Label("\u22EE");
        var header = new HBox(6, name, spacer, count, menu);

        getStyleClass().add("board-column");
        header.getStyleClass().add("column-header");
        header.setAlignment(Pos.CENTER_LEFT);
        name.getStyleClass().add("column-name");
        name.setMinWidth(0);
        count.getStyleClass().add("column-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        menu.getStyleClass().add("column-menu");
        menu.setAccessibleText(Messages.tr("ui.column.menu"));
        // The menu is made when first opened: by the ⋮, a right click on the header, or the context
        // menu key (Shift+F10) in the column.
        var columnMenu = new ColumnMenu(column, board);
        menu.setOnMouseClicked(e -> columnMenu.show(menu, e.getScreenX(), e.getScreenY()));
        header.setOnContextMenuRequested(e -> columnMenu.show(header, e.getScreenX(), e.getScreenY()));
        cards.setOnContextMenuRequested(e -> columnMenu.show(cards, e.getScreenX(), e.getScreenY()));
        HBox.setHgrow(spacer, Priority.ALWAYS);
        cards.getStyleClass().add("column-cards");
        cards.setPlaceholderText(Messages.tr("ui.board.emptyColumn"));
        setVgrow(cards, Priority.ALWAYS);
        getChildren().addAll(header, cards);
        setId("column-" + column.column().position());

        name.textProperty().bind(Bindings.createStringBinding(() -> column.column().name(), column.columnProperty()));
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            Integer limit = column.column().wipLimit();
            int size = column.cards().size();
            return limit == null ? String.valueOf(size) : Messages.tr("ui.column.count", size, limit);
        }, column.cards(), column.columnProperty()));
        InvalidationListener overLimit = o -> {
            boolean over = column.column().overLimit(column.cards().size());
            pseudoClassStateChanged(OVER_LIMIT, over);
            count.setTooltip(over ? new Tooltip(Messages.tr("ui.column.overLimit", column.column().wipLimit())) : null);
        };
        column.cards().addListener(overLimit);
        column.columnProperty().addListener(overLimit);
        overLimit.invalidated(null);
        cards.setItems(column.visibleCards());

        cards.addEventHandler(MouseDragEvent.MOUSE_DRAG_OVER, e -> {
            if (drag.current().isPresent()) {
                cards.showDropLine(dropIndex(e));
            }
        });
        cards.addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, e -> cards.showDropLine(-1));
        cards.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            int index = dropIndex(e);
            cards.showDropLine(-1);
            drag.current().ifPresent(payload -> {
                drag.clear();
                int insertion = column.insertionIndex(index);
                if (payload instanceof BoardDrag.Tool tool) {
                    board.addTool(tool.werkzeug(), column, insertion);
                } else if (payload instanceof BoardDrag.CardMove move) {
                    board.moveCard(move.card(), column, insertion);
                }
            });
            e.consume();
        });
    }

    /** The column's cards as shown; keyboard focus and selection live here. */
    VirtualList<CardItem> cards() {
        return cards;
    }

    /** The insertion index under the pointer, among the visible cards. */
    private int dropIndex(MouseDragEvent e) {
        Point2D p = cards.sceneToLocal(e.getSceneX(), e.getSceneY());
        return cards.insertionIndexAt(p.getY());
    }
}
