package de.werkbank.ui.board;

import de.werkbank.plan.PlanColumn;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** One column of the board: its stored column and its cards, top to bottom. */
public final class ColumnModel {

    private final ObjectProperty<PlanColumn> column;
    private final ObservableList<CardItem> cards = FXCollections.observableArrayList();
    private final FilteredList<CardItem> visible = new FilteredList<>(cards);

    ColumnModel(PlanColumn column, List<CardItem> cards, CardFilter filter) {
        this.column = new SimpleObjectProperty<>(column);
        this.cards.setAll(cards);
        setFilter(filter);
    }

    public PlanColumn column() {
        return column.get();
    }

    public ObjectProperty<PlanColumn> columnProperty() {
        return column;
    }

    /** All the column's cards, top to bottom. */
    public ObservableList<CardItem> cards() {
        return cards;
    }

    /** The cards the board's filter lets through, top to bottom. */
    public ObservableList<CardItem> visibleCards() {
        return visible;
    }

    void setFilter(CardFilter filter) {
        visible.setPredicate(filter.active() ? filter : null);
    }

    /**
     * The insertion index among all cards for an insertion index among the visible ones: before the
     * visible card at that index, or just after the last visible card.
     */
    public int insertionIndex(int visibleIndex) {
        if (visibleIndex < visible.size()) {
            return visible.getSourceIndex(Math.max(0, visibleIndex));
        }
        return visible.isEmpty() ? cards.size() : visible.getSourceIndex(visible.size() - 1) + 1;
    }

    void update(PlanColumn column, List<CardItem> cards) {
        this.column.set(column);
        if (!this.cards.equals(cards)) {
            this.cards.setAll(cards);
        }
    }

    /** Takes the card with this id out of the column, if it stands here. */
    void remove(UUID cardId) {
        cards.removeIf(i -> i.card().id().equals(cardId));
    }

    /** Puts a card where its position says, among the column's cards. */
    void insert(CardItem item) {
        int low = 0;
        int high = cards.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cards.get(mid).card().position() < item.card().position()) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        cards.add(low, item);
    }

    /** The index of a card in this column, or -1. */
    public int indexOf(UUID cardId) {
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).card().id().equals(cardId)) {
                return i;
            }
        }
        return -1;
    }
}
