package de.werkbank.ui.board;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Lines the swimlanes up across the columns: a lane starts at the same height in every column. Each
 * lane is as tall in every column as in the column where it has the most cards shown; a column with
 * fewer leaves the rest empty, as a gap above the next lane's header.
 */
final class LaneAlignment {

    private final ObservableList<ColumnModel> columns;
    private List<ColumnModel> watched = List.of();
    private boolean aligning;

    private LaneAlignment(ObservableList<ColumnModel> columns) {
        this.columns = columns;
        columns.addListener((ListChangeListener<ColumnModel>) c -> watch());
        watch();
    }

    /** Keeps the lanes of these columns lined up, whatever changes in them. */
    static void follow(ObservableList<ColumnModel> columns) {
        new LaneAlignment(columns);
    }

    private void watch() {
        watched.forEach(c -> c.setOnRowsChanged(() -> { }));
        watched = List.copyOf(columns);
        watched.forEach(c -> c.setOnRowsChanged(this::align));
        align();
    }

    private void align() {
        if (aligning) {
            return;
        }
        aligning = true;
        try {
            align(watched.stream().map(ColumnModel::rows).toList());
        } finally {
            aligning = false;
        }
    }

    /**
     * Sets the gaps above the lane headers of these columns' rows, in place, so that every lane starts
     * after as many card places in every column: a header's gap is how many cards fewer the lane
     * before it shows here than in the column where it shows the most.
     */
    static void align(List<? extends List<BoardRow>> columns) {
        Map<String, Integer> most = new HashMap<>();
        for (List<BoardRow> rows : columns) {
            for (BoardRow row : rows) {
                if (row instanceof LaneHeader header) {
                    most.merge(header.field().key(), header.shown(), Math::max);
                }
            }
        }
        for (List<BoardRow> rows : columns) {
            List<Integer> headers = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i) instanceof LaneHeader) {
                    headers.add(i);
                }
            }
            LaneHeader before = null;
            for (int i : headers) {
                LaneHeader header = (LaneHeader) rows.get(i);
                int gap = before == null ? 0 : most.get(before.field().key()) - before.shown();
                if (gap != header.gap()) {
                    rows.set(i, header.withGap(gap));
                }
                before = header;
            }
        }
    }
}
