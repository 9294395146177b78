package de.werkbank.ui.board;

import de.werkbank.plan.PlanColumn;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** One column of the board: its stored column and its cards, top to bottom. */
public final class ColumnModel {

    private final ObjectProperty<PlanColumn> column;
    private final ObservableList<CardItem> cards = FXCollections.observableArrayList();

    ColumnModel(PlanColumn column, List<CardItem> cards) {
        this.column = new SimpleObjectProperty<>(column);
        this.cards.setAll(cards);
    }

    public PlanColumn column() {
        return column.get();
    }

    public ObjectProperty<PlanColumn> columnProperty() {
        return column;
    }

    public ObservableList<CardItem> cards() {
        return cards;
    }

    void update(PlanColumn column, List<CardItem> cards) {
        this.column.set(column);
        if (!this.cards.equals(cards)) {
            this.cards.setAll(cards);
        }
    }

    /** The index of a card in this column, or -1. */
    public int indexOf(CardItem item) {
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).card().id().equals(item.card().id())) {
                return i;
            }
        }
        return -1;
    }
}
