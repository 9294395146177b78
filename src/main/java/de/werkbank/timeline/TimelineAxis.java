package de.werkbank.timeline;

import de.werkbank.i18n.Messages;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.time.LocalDate;
import java.time.format.TextStyle;

/** The time axis of the {@link TimelinePainter}: the grid lines across the lanes and the labels on top. */
final class TimelineAxis {

    private static final int HEADER_WIDTH = TimelinePainter.HEADER_WIDTH;
    private static final int AXIS_HEIGHT = TimelinePainter.AXIS_HEIGHT;

    private TimelineAxis() {
    }

    /** A line at each month (quarter when zoomed out to years), a darker one at each year. */
    static void grid(Graphics2D g, Timeline t, TimelinePainter.View v, double left, double right) {
        LocalDate d = t.zoom().unitStart(t.dateAt(Math.max(0, left)));
        d = d.withDayOfMonth(1).withMonth((d.getMonthValue() - 1) / 3 * 3 + 1);
        boolean months = t.zoom() != Zoom.YEARS;
        while (t.xOf(d) <= right && !d.isAfter(t.to())) {
            int x = (int) Math.round(v.screenX(t.xOf(d)));
            g.setColor(d.getDayOfYear() == 1 ? TimelinePainter.GRID : TimelinePainter.GRID_FINE);
            g.drawLine(x, AXIS_HEIGHT, x, v.height());
            d = d.plusMonths(months ? 1 : 3);
        }
    }

    static void axis(Graphics2D g, Timeline t, TimelinePainter.View v, double left, double right, int today) {
        g.setColor(Color.WHITE);
        g.fillRect(HEADER_WIDTH, 0, v.width() - HEADER_WIDTH, AXIS_HEIGHT);
        Shape clip = g.getClip();
        g.clipRect(HEADER_WIDTH, 0, v.width() - HEADER_WIDTH, AXIS_HEIGHT);
        g.setFont(TimelinePainter.BOLD);
        LocalDate year = t.dateAt(Math.max(0, left)).withDayOfYear(1);
        while (t.xOf(year) <= right && !year.isAfter(t.to())) {
            int x = (int) Math.round(v.screenX(t.xOf(year)));
            g.setColor(TimelinePainter.GRID);
            g.drawLine(x, 0, x, AXIS_HEIGHT);
            g.setColor(TimelinePainter.TEXT);
            // the year in sight stays at the left edge until the next one pushes it out
            int next = (int) Math.round(v.screenX(t.xOf(year.plusYears(1))));
            g.drawString(String.valueOf(year.getYear()), Math.min(Math.max(x, HEADER_WIDTH) + 5, next - 40), 16);
            year = year.plusYears(1);
        }
        g.setFont(TimelinePainter.FONT);
        boolean months = t.zoom() == Zoom.MONTHS;
        LocalDate d = t.dateAt(Math.max(0, left)).withDayOfMonth(1);
        if (!months) {
            d = Zoom.QUARTERS.unitStart(d);
        }
        var locale = Messages.get().locale();
        while (t.xOf(d) <= right && !d.isAfter(t.to())) {
            int x = (int) Math.round(v.screenX(t.xOf(d)));
            g.setColor(TimelinePainter.GRID_FINE);
            g.drawLine(x, 24, x, AXIS_HEIGHT);
            g.setColor(TimelinePainter.MUTED);
            String label = months ? d.getMonth().getDisplayName(TextStyle.SHORT, locale)
                    : "Q" + ((d.getMonthValue() - 1) / 3 + 1);
            g.drawString(label, x + 4, 38);
            d = d.plusMonths(months ? 1 : 3);
        }
        g.setColor(TimelinePainter.ALERT);
        g.drawString(Messages.tr("timeline.today"), today + 3, 27);
        g.setClip(clip);
        g.setColor(TimelinePainter.GRID);
        g.drawLine(HEADER_WIDTH, AXIS_HEIGHT - 1, v.width(), AXIS_HEIGHT - 1);
    }
}
