package de.werkbank.timeline;

import de.werkbank.sheet.Progress;
import java.time.LocalDate;
import java.util.List;

/**
 * A dated measure on the chart, in chart coordinates (x from the axis' first day, y from the top of
 * the first lane).
 *
 * @param lane the index of its lane
 * @param row its row within the lane, from 0
 * @param stage the column's index and the number of columns, for the bar's style
 * @param progress its steps as of the layout's day, as its card on the board shows them
 * @param ticks the steps' due dates
 * @param beforePrerequisite why it is marked as starting before a prerequisite ends ({@code null}: it is not)
 */
public record Bar(TimelineMeasure measure, int lane, int row, double x, double y, double width, double height,
                  int stage, int stages, Progress progress, List<Tick> ticks, String beforePrerequisite) {

    public Bar {
        ticks = List.copyOf(ticks);
    }

    /** A step's due date on the bar. */
    public record Tick(LocalDate due, double x, boolean done, boolean overdue, boolean outside) {
    }

    public boolean contains(double px, double py) {
        return px >= x && px < x + width && py >= y && py < y + height;
    }

    /** Whether it is marked red as on the board's card: a step overdue or blocked. */
    public boolean alert() {
        return progress.overdue() || progress.blocked();
    }

    public double right() {
        return x + width;
    }

    public double middleY() {
        return y + height / 2;
    }
}
