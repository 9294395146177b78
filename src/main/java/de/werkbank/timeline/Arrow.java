package de.werkbank.timeline;

import java.util.UUID;

/**
 * A dependency on the chart: from the prerequisite's end to the dependent's start, in chart coordinates.
 *
 * @param late whether the dependent starts before the prerequisite ends
 */
public record Arrow(UUID prerequisite, UUID dependent, double x1, double y1, double x2, double y2, boolean late) {

    /** How far the route leaves a bar's end before it turns. */
    public static final double STUB = 6;

    /** Whether the arrow's route meets the rectangle. */
    public boolean meets(double left, double top, double right, double bottom) {
        double gap = Timeline.ROW / 2;
        return Math.max(x1, x2) + STUB >= left && Math.min(x1, x2) - STUB <= right
                && Math.max(y1, y2) + gap >= top && Math.min(y1, y2) - gap <= bottom;
    }

    /**
     * The route as corner points {x0, y0, x1, y1, …}: straight along a row when the dependent follows in
     * the same row; else out of the prerequisite's end, along the gap between the rows next to the
     * dependent (so that the long run crosses no bar), and into the dependent's start from the left.
     */
    public double[] route() {
        if (y1 == y2 && x2 - x1 >= 2 * STUB) {
            return new double[] {x1, y1, x2, y2};
        }
        double gap = y2 < y1 ? y2 + Timeline.ROW / 2 : y2 - Timeline.ROW / 2;
        double out = x1 + STUB;
        double in = x2 - STUB;
        return new double[] {x1, y1, out, y1, out, gap, in, gap, in, y2, x2, y2};
    }
}
