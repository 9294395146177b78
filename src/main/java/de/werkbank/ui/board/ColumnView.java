package de.werkbank.ui.board;

import de.werkbank.i18n.Messages;
import de.werkbank.ui.virtual.RowKinds;
import de.werkbank.ui.virtual.VirtualList;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Tooltip;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One column of the board: its name and card count above one virtualised list of its rows (only the
 * rows in view become nodes), swimlane headers and cards alike. Accepts dragged tools and cards and
 * shows where they will land.
 */
final class ColumnView extends VBox {

    private static final PseudoClass OVER_LIMIT = PseudoClass.getPseudoClass("over-limit");

    private final ColumnModel column;
    private final VirtualList<BoardRow> cards;

    ColumnView(ColumnModel column, BoardViewModel board, BoardDrag drag) {
        this.column = column;
        this.cards = new VirtualList<>(rowKinds(board, drag));
        var name = new Label();
        var count = new Label();
        var spacer = new Region();
        var menu = new Label("\u22EE");
        var header = new HBox(6, name, spacer, count, menu);

        getStyleClass().add("board-column");
        header.getStyleClass().add("column-header");
        header.setAlignment(Pos.CENTER_LEFT);
        name.getStyleClass().add("column-name");
        // the name is never cut: the column keeps the room it needs (the board scrolls beyond that)
        name.setMinWidth(Region.USE_PREF_SIZE);
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
        // the platform does not turn the keys into a context menu request on every system
        cards.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.CONTEXT_MENU || e.getCode() == KeyCode.F10 && e.isShiftDown()) {
                Bounds b = cards.localToScreen(cards.getBoundsInLocal());
                columnMenu.show(cards, b.getMinX() + 24, b.getMinY() + 24);
                e.consume();
            }
        });
        HBox.setHgrow(spacer, Priority.ALWAYS);
        cards.getStyleClass().add("column-cards");
        setVgrow(cards, Priority.ALWAYS);
        getChildren().addAll(header, cards);
        setId("column-" + column.column().position());

        name.textProperty().bind(Bindings.createStringBinding(() -> column.column().name(), column.columnProperty()));
        // with a filter on, the count says how many of the column's cards it shows („2 von 4“), and a
        // column it empties says so instead of inviting a drop
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            Integer limit = column.column().wipLimit();
            int size = column.cards().size();
            int shown = column.visibleCards().size();
            String all = limit == null ? String.valueOf(size) : Messages.tr("ui.column.count", size, limit);
            return shown == size ? all : Messages.tr("ui.column.countFiltered", shown, all);
        }, column.cards(), column.visibleCards(), column.columnProperty()));
        InvalidationListener placeholder = o -> cards.setPlaceholderText(Messages.tr(
                column.cards().isEmpty() ? "ui.board.emptyColumn" : "ui.board.filteredEmpty"));
        column.cards().addListener(placeholder);
        placeholder.invalidated(null);
        InvalidationListener overLimit = o -> {
            boolean over = column.column().overLimit(column.cards().size());
            pseudoClassStateChanged(OVER_LIMIT, over);
            count.setTooltip(over ? new Tooltip(Messages.tr("ui.column.overLimit", column.column().wipLimit())) : null);
        };
        column.cards().addListener(overLimit);
        column.columnProperty().addListener(overLimit);
        overLimit.invalidated(null);
        cards.setItems(column.rows());

        cards.addEventHandler(MouseDragEvent.MOUSE_DRAG_OVER, e -> drag.current().ifPresent(
                payload -> cards.showDropLine(column.dropRow(pointerRow(e), ownLane(payload)))));
        cards.addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, e -> cards.showDropLine(-1));
        cards.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            int row = pointerRow(e);
            cards.showDropLine(-1);
            drag.current().ifPresent(payload -> {
                drag.clear();
                if (payload instanceof BoardDrag.Tool tool) {
                    board.dropTool(tool.werkzeug(), column, row);
                } else if (payload instanceof BoardDrag.CardMove move) {
                    board.moveCard(move.card(), column, row);
                }
            });
            e.consume();
        });
    }

    /**
     * Cards (kind 0) and lane headers (kind 1 + the card places of their gap, not selectable), each
     * at its own fixed height.
     */
    private static RowKinds<BoardRow> rowKinds(BoardViewModel board, BoardDrag drag) {
        return new RowKinds<>() {
            @Override
            public int kindOf(BoardRow row) {
                return row instanceof LaneHeader header ? 1 + header.gap() : 0;
            }

            @Override
            public double height(int kind) {
                return kind >= 1 ? LaneHeaderTile.HEIGHT + (kind - 1) * CardTile.HEIGHT : CardTile.HEIGHT;
            }

            @Override
            public VirtualList.Row<BoardRow> create(int kind) {
                return kind >= 1 ? new LaneHeaderTile((kind - 1) * CardTile.HEIGHT) : new CardTile(drag, board::openSheet, board.filterChoices()::shortOffice);
            }

            @Override
            public boolean selectable(int kind) {
                return kind == 0;
            }
        };
    }

    /** A new card keeps its tool's Handlungsfeld, so it lands in that lane; a moved card may change. */
    private static String ownLane(BoardDrag.Payload payload) {
        return payload instanceof BoardDrag.Tool tool ? tool.werkzeug().handlungsfeld() : null;
    }

    /** The column's rows as shown; keyboard focus and selection live here. */
    VirtualList<BoardRow> cards() {
        return cards;
    }

    /** The insertion index among the rows under the pointer. */
    private int pointerRow(MouseDragEvent e) {
        Point2D p = cards.sceneToLocal(e.getSceneX(), e.getSceneY());
        return cards.insertionIndexAt(p.getY());
    }
}
