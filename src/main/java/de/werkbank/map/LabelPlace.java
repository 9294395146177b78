package de.werkbank.map;

import java.awt.FontMetrics;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * Where an area's name stands on the map: wholly inside the area and clear of the names already
 * written — at its label point if it fits there, else a little beside it, else at the free spot of the
 * area nearest to the label point (a narrow or bent Kommune has room away from its middle).
 */
final class LabelPlace {

    /** First tries around the label point: in widths of the label and heights of a line. */
    private static final double[][] SHIFTS = {{0, 0}, {0, -1}, {0, 1}, {-0.3, 0}, {0.3, 0}, {0, -2}, {0, 2}};
    /** Then a grid of this many spots across and down the area's box. */
    private static final int GRID = 7;

    private LabelPlace() {
    }

    /**
     * The box (text plus a small margin, in the outline's pixels) for a name of width {@code tw} in the
     * area, or empty if it fits nowhere.
     *
     * @param point the area's label point in map units
     */
    static Optional<Rectangle2D.Float> find(Path2D.Float outline, Envelope bounds, double scale, double[] point, int tw,
                                            FontMetrics fm, List<Rectangle2D> taken) {
        double px = point[0] * scale;
        double py = -point[1] * scale;
        List<double[]> spots = new ArrayList<>();
        for (double[] shift : SHIFTS) {
            spots.add(new double[] {px + shift[0] * tw, py + shift[1] * fm.getHeight()});
        }
        List<double[]> grid = new ArrayList<>();
        double left = bounds.getMinX() * scale + tw / 2.0 + 3;
        double right = bounds.getMaxX() * scale - tw / 2.0 - 3;
        double top = -bounds.getMaxY() * scale + fm.getHeight() / 2.0;
        double bottom = -bounds.getMinY() * scale - fm.getHeight() / 2.0;
        for (int i = 0; i < GRID && left <= right; i++) {
            for (int j = 0; j < GRID && top <= bottom; j++) {
                grid.add(new double[] {left + (right - left) * i / (GRID - 1), top + (bottom - top) * j / (GRID - 1)});
            }
        }
        grid.sort(Comparator.comparingDouble(s -> Math.hypot(s[0] - px, s[1] - py)));
        spots.addAll(grid);
        for (double[] spot : spots) {
            float x = (float) (spot[0] - tw / 2.0);
            float y = (float) (spot[1] + fm.getAscent() / 2.0 - 1);
            var box = new Rectangle2D.Float(x - 3, y - fm.getAscent(), tw + 6, fm.getHeight());
            if (outline.contains(box) && taken.stream().noneMatch(box::intersects)) {
                return Optional.of(box);
            }
        }
        return Optional.empty();
    }
}
