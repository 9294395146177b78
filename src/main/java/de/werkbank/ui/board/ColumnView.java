package de.werkbank.ui.board;

import de.werkbank.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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

    private static final PseudoClass DROP_END = PseudoClass.getPseudoClass("drop-end");

    private final ColumnModel column;
    private final ListView<CardItem> list = new ListView<>();
    private CardCell marked;

    ColumnView(ColumnModel column, BoardViewModel board, BoardDrag drag) {
        this.column = column;
        var name = new Label();
        var count = new Label();
        var spacer = new Region();
        var header = new HBox(8, name, spacer, count);

        getStyleClass().add("board-column");
        header.getStyleClass().add("column-header");
        header.setAlignment(Pos.CENTER_LEFT);
        name.getStyleClass().add("column-name");
        count.getStyleClass().add("column-count");
        HBox.setHgrow(spacer, Priority.ALWAYS);
        list.getStyleClass().add("column-cards");
        list.setPlaceholder(new Label(Messages.tr("ui.board.emptyColumn")));
        setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header, list);

        name.textProperty().bind(Bindings.createStringBinding(() -> column.column().name(), column.columnProperty()));
        count.textProperty().bind(Bindings.size(column.cards()).asString());
        list.setItems(column.cards());
        list.setCellFactory(v -> new CardCell(list, drag));
        setId("column-" + column.column().position());

        list.addEventHandler(MouseDragEvent.MOUSE_DRAG_OVER, e -> {
            if (drag.current().isPresent()) {
                mark(dropIndex(e));
            }
        });
        list.addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, e -> unmark());
        list.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            int index = dropIndex(e);
            unmark();
            drag.current().ifPresent(payload -> {
                drag.clear();
                if (payload instanceof BoardDrag.Tool tool) {
                    board.addTool(tool.werkzeug(), column, index);
                } else if (payload instanceof BoardDrag.CardMove move) {
                    board.moveCard(move.card(), column, index);
                }
            });
            e.consume();
        });
    }

    ColumnModel model() {
        return column;
    }

    /** The insertion index under the pointer, as {@link DropIndex} computes it. */
    private int dropIndex(MouseDragEvent e) {
        CardCell cell = cellAt(e.getPickResult().getIntersectedNode());
        if (cell == null || cell.isEmpty()) {
            return column.cards().size();
        }
        Point2D inCell = cell.sceneToLocal(e.getSceneX(), e.getSceneY());
        return DropIndex.at(cell.getIndex(), inCell.getY(), cell.getHeight(), column.cards().size());
    }

    private static CardCell cellAt(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof CardCell c) {
                return c;
            }
            if (n instanceof ListView) {
                return null;
            }
        }
        return null;
    }

    /** Shows a line where a drop at {@code index} would land: above a card, or below the last one. */
    private void mark(int index) {
        unmark();
        int size = column.cards().size();
        if (index >= size) {
            pseudoClassStateChanged(DROP_END, true);
            return;
        }
        for (Node n : list.lookupAll(".card-cell")) {
            if (n instanceof CardCell c && c.getIndex() == index && !c.isEmpty()) {
                c.pseudoClassStateChanged(CardCell.DROP_BEFORE, true);
                marked = c;
            }
        }
    }

    private void unmark() {
        pseudoClassStateChanged(DROP_END, false);
        if (marked != null) {
            marked.pseudoClassStateChanged(CardCell.DROP_BEFORE, false);
            marked = null;
        }
    }

    ListView<CardItem> list() {
        return list;
    }
}
