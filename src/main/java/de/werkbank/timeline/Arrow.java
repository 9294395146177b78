package de.werkbank.timeline;

import java.util.UUID;

/**
 * A dependency on the chart: from the prerequisite's end to the dependent's start, in chart coordinates.
 *
 * @param late whether the dependent starts before the prerequisite ends
 */
public record Arrow(UUID prerequisite, UUID dependent, double x1, double y1, double x2, double y2, boolean late) {

    /** Whether the arrow's bounding box meets the rectangle. */
    public boolean meets(double left, double top, double right, double bottom) {
        return Math.max(x1, x2) + 12 >= left && Math.min(x1, x2) - 12 <= right
                && Math.max(y1, y2) >= top && Math.min(y1, y2) <= bottom;
    }
}
