package de.werkbank.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which bar the arrow keys select next: left and right the neighbour in the same row of the same lane,
 * up and down the bar nearest in time in the next row above or below that holds one (across lanes).
 * With nothing selected, any key selects the first bar (top lane, first row, earliest).
 */
public final class TimelineNavigation {

    public enum Direction {
        LEFT, RIGHT, UP, DOWN
    }

    private TimelineNavigation() {
    }

    public static Optional<UUID> next(Timeline t, UUID selected, Direction direction) {
        List<List<Bar>> rows = rows(t);
        Bar current = selected == null ? null : t.barsByCard().get(selected);
        if (current == null) {
            return rows.stream().filter(r -> !r.isEmpty()).findFirst().map(r -> r.get(0).measure().card());
        }
        int rowIndex = rowIndex(t, current);
        List<Bar> row = rows.get(rowIndex);
        int at = row.indexOf(current);
        return switch (direction) {
            case LEFT -> at > 0 ? Optional.of(row.get(at - 1).measure().card()) : Optional.empty();
            case RIGHT -> at < row.size() - 1 ? Optional.of(row.get(at + 1).measure().card()) : Optional.empty();
            case UP, DOWN -> {
                int step = direction == Direction.UP ? -1 : 1;
                for (int r = rowIndex + step; r >= 0 && r < rows.size(); r += step) {
                    if (!rows.get(r).isEmpty()) {
                        double middle = current.x() + current.width() / 2;
                        yield rows.get(r).stream()
                                .min(Comparator.comparingDouble((Bar b) -> distance(b, middle)))
                                .map(b -> b.measure().card());
                    }
                }
                yield Optional.empty();
            }
        };
    }

    /** Distance in pixels from a point on the axis to a bar (0 if the bar spans it). */
    private static double distance(Bar b, double x) {
        return x < b.x() ? b.x() - x : x > b.right() ? x - b.right() : 0;
    }

    /** The rows of all lanes top to bottom, each row's bars left to right. */
    private static List<List<Bar>> rows(Timeline t) {
        List<List<Bar>> rows = new ArrayList<>();
        for (Lane lane : t.lanes()) {
            for (int r = 0; r < lane.rows(); r++) {
                rows.add(new ArrayList<>());
            }
        }
        for (Bar b : t.bars()) {
            rows.get(rowIndex(t, b)).add(b);
        }
        rows.forEach(r -> r.sort(Comparator.comparingDouble(Bar::x)));
        return rows;
    }

    private static int rowIndex(Timeline t, Bar b) {
        int index = 0;
        for (int l = 0; l < b.lane(); l++) {
            index += t.lanes().get(l).rows();
        }
        return index + b.row();
    }
}
