package de.werkbank.timeline;

import de.werkbank.i18n.Messages;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.UUID;

/**
 * Draws a {@link Timeline} with Java2D: lane headers on the left (colour, name), the axis on top
 * (years, and quarters or months), the lanes' bands, the bars (stage as style, progress, step ticks,
 * overdue or blocked, the mark of a measure starting before its prerequisite ends), the dependency
 * arrows and the line for today. The same picture on screen, in a PNG and (later) on paper; headless.
 * Only what lies in the view is drawn.
 */
public final class TimelinePainter {

    /** The width of the lane headers' column and the height of the axis. */
    public static final int HEADER_WIDTH = 180;
    public static final int AXIS_HEIGHT = 44;

    private static final Color TEXT = new Color(0x1f2328);
    private static final Color MUTED = new Color(0x656d76);
    private static final Color GRID = new Color(0xd0d7de);
    private static final Color GRID_FINE = new Color(0xeaeef2);
    private static final Color ALERT = new Color(0xcf222e);
    private static final Color WARN = new Color(0xbf5700);
    private static final Color SELECTED = new Color(0x0969da);
    private static final Color ARROW = new Color(0x57606a);
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font BOLD = FONT.deriveFont(Font.BOLD);
    private static final BasicStroke DASHED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10, new float[] {4, 3}, 0);

    /**
     * What part of the chart is shown: the chart point at the view's top left below the axis and right
     * of the headers ({@code scrollX}, {@code scrollY}) and the picture's size.
     */
    public record View(double scrollX, double scrollY, int width, int height) {

        /** The whole chart, for a PNG or a page. */
        public static View whole(Timeline t) {
            return new View(0, 0, (int) Math.ceil(HEADER_WIDTH + t.width()), (int) Math.ceil(AXIS_HEIGHT + t.height()));
        }

        public double screenX(double chartX) {
            return HEADER_WIDTH + chartX - scrollX;
        }

        public double screenY(double chartY) {
            return AXIS_HEIGHT + chartY - scrollY;
        }

        public double chartX(double screenX) {
            return screenX - HEADER_WIDTH + scrollX;
        }

        public double chartY(double screenY) {
            return screenY - AXIS_HEIGHT + scrollY;
        }
    }

    /**
     * What stands out: the selected and the hovered bar, and a bar being dragged, drawn with its start
     * moved by {@code startShift} and its end by {@code endShift} pixels.
     */
    public record Highlight(UUID selected, UUID hovered, UUID dragged, double startShift, double endShift) {
        public static final Highlight NONE = new Highlight(null, null, null, 0, 0);
    }

    /** The view drawn into a new image (premultiplied ARGB, as the window copies it). */
    public BufferedImage render(Timeline t, View v, Highlight h) {
        BufferedImage image = new BufferedImage(Math.max(1, v.width()), Math.max(1, v.height()),
                BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            paint(g, t, v, h);
        } finally {
            g.dispose();
        }
        return image;
    }

    public void paint(Graphics2D g, Timeline t, View v, Highlight h) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, v.width(), v.height());
        Shape clip = g.getClip();
        g.clipRect(HEADER_WIDTH, AXIS_HEIGHT, v.width() - HEADER_WIDTH, v.height() - AXIS_HEIGHT);
        double left = v.scrollX();
        double right = v.scrollX() + v.width() - HEADER_WIDTH;
        double top = v.scrollY();
        double bottom = v.scrollY() + v.height() - AXIS_HEIGHT;
        for (Lane lane : t.lanes()) {
            if (lane.y() + lane.height() >= top && lane.y() <= bottom) {
                g.setColor(tint(colour(lane.colour()), 0.06f));
                g.fill(new java.awt.geom.Rectangle2D.Double(HEADER_WIDTH, v.screenY(lane.y()), v.width(), lane.height()));
                g.setColor(GRID);
                int y = (int) Math.round(v.screenY(lane.y() + lane.height())) - 1;
                g.drawLine(HEADER_WIDTH, y, v.width(), y);
            }
        }
        grid(g, t, v, left, right);
        g.setFont(FONT);
        FontMetrics fm = g.getFontMetrics();
        for (Bar b : t.bars()) {
            double x0 = b.x() + (b.measure().card().equals(h.dragged()) ? h.startShift() : 0);
            double x1 = b.right() + (b.measure().card().equals(h.dragged()) ? h.endShift() : 0);
            if (x1 >= left && x0 <= right && b.y() + b.height() >= top && b.y() <= bottom) {
                bar(g, fm, t, v, b, v.screenX(x0), Math.max(2, x1 - x0), h);
            }
        }
        g.setStroke(new BasicStroke(1.3f));
        for (Arrow a : t.arrows()) {
            if (a.meets(left, top, right, bottom)) {
                arrow(g, v, a);
            }
        }
        double today = v.screenX(t.xOf(t.today()));
        g.setColor(ALERT);
        g.setStroke(new BasicStroke(1.5f));
        g.draw(new java.awt.geom.Line2D.Double(today, AXIS_HEIGHT, today, v.height()));
        g.setClip(clip);
        axis(g, t, v, left, right, today);
        headers(g, t, v, top, bottom);
    }

    private static void bar(Graphics2D g, FontMetrics fm, Timeline t, View v, Bar b, double x, double w, Highlight h) {
        Color base = colour(t.lanes().get(b.lane()).colour());
        double y = v.screenY(b.y());
        var rect = new java.awt.geom.RoundRectangle2D.Double(x, y, w, b.height(), 6, 6);
        float strength = b.stages() <= 1 ? 1f : (float) b.stage() / (b.stages() - 1);
        Color fill = b.stage() == 0 ? Color.WHITE : tint(base, 0.25f + 0.75f * strength);
        g.setColor(fill);
        g.fill(rect);
        g.setColor(base.darker());
        g.setStroke(b.stage() == 0 ? DASHED : new BasicStroke(1f));
        g.draw(rect);
        if (b.progress().total() > 0) {
            g.setColor(new Color(0, 0, 0, 90));
            g.fill(new java.awt.geom.Rectangle2D.Double(x + 2, y + b.height() - 4, (w - 4) * b.progress().fraction(), 3));
        }
        double shift = x - v.screenX(b.x());
        for (Bar.Tick tick : b.ticks()) {
            double tx = v.screenX(tick.x()) + shift;
            g.setColor(tick.overdue() ? ALERT : tick.outside() ? WARN : tick.done() ? MUTED : TEXT);
            g.fill(new java.awt.geom.Rectangle2D.Double(tx - 1, y - (tick.outside() ? 3 : 0), 2, tick.outside() ? 9 : 6));
        }
        Shape clip = g.getClip();
        g.clip(rect);
        g.setColor(luminance(fill) < 0.45 ? Color.WHITE : TEXT);
        double textX = x + 6 + (b.beforePrerequisite() != null ? 8 : 0);
        g.drawString(b.measure().title(), (float) textX, (float) (y + 14));
        g.setClip(clip);
        if (b.alert()) {
            g.setColor(ALERT);
            g.fill(new java.awt.geom.Ellipse2D.Double(x + w - 11, y + 5, 7, 7));
        }
        if (b.beforePrerequisite() != null) {
            g.setColor(WARN);
            g.fill(new Polygon(new int[] {(int) x, (int) x + 9, (int) x}, new int[] {(int) y, (int) y, (int) y + 9}, 3));
        }
        UUID card = b.measure().card();
        if (card.equals(h.selected()) || card.equals(h.hovered())) {
            g.setColor(card.equals(h.selected()) ? SELECTED : MUTED);
            g.setStroke(new BasicStroke(card.equals(h.selected()) ? 2.5f : 1.5f));
            g.draw(new java.awt.geom.RoundRectangle2D.Double(x - 1.5, y - 1.5, w + 3, b.height() + 3, 8, 8));
        }
    }

    private static void arrow(Graphics2D g, View v, Arrow a) {
        double x1 = v.screenX(a.x1());
        double y1 = v.screenY(a.y1());
        double x2 = v.screenX(a.x2());
        double y2 = v.screenY(a.y2());
        g.setColor(a.late() ? WARN : ARROW);
        Path2D.Double path = new Path2D.Double();
        path.moveTo(x1, y1);
        double bend = Math.max(18, Math.abs(x2 - x1) / 2);
        path.curveTo(x1 + bend, y1, x2 - bend, y2, x2 - 5, y2);
        g.draw(path);
        g.fill(new Polygon(new int[] {(int) x2, (int) x2 - 6, (int) x2 - 6}, new int[] {(int) y2, (int) y2 - 4,
            (int) y2 + 4}, 3));
    }

    private static void grid(Graphics2D g, Timeline t, View v, double left, double right) {
        LocalDate d = t.zoom().unitStart(t.dateAt(Math.max(0, left)));
        d = d.withDayOfMonth(1).withMonth((d.getMonthValue() - 1) / 3 * 3 + 1);
        boolean months = t.zoom() != Zoom.YEARS;
        while (t.xOf(d) <= right && !d.isAfter(t.to())) {
            int x = (int) Math.round(v.screenX(t.xOf(d)));
            g.setColor(d.getDayOfYear() == 1 ? GRID : GRID_FINE);
            g.drawLine(x, AXIS_HEIGHT, x, v.height());
            d = d.plusMonths(months ? 1 : 3);
        }
    }

    private static void axis(Graphics2D g, Timeline t, View v, double left, double right, double today) {
        g.setColor(Color.WHITE);
        g.fillRect(HEADER_WIDTH, 0, v.width() - HEADER_WIDTH, AXIS_HEIGHT);
        Shape clip = g.getClip();
        g.clipRect(HEADER_WIDTH, 0, v.width() - HEADER_WIDTH, AXIS_HEIGHT);
        g.setFont(BOLD);
        LocalDate year = t.dateAt(Math.max(0, left)).withDayOfYear(1);
        while (t.xOf(year) <= right && !year.isAfter(t.to())) {
            int x = (int) Math.round(v.screenX(t.xOf(year)));
            g.setColor(GRID);
            g.drawLine(x, 0, x, AXIS_HEIGHT);
            g.setColor(TEXT);
            g.drawString(String.valueOf(year.getYear()), Math.max(x, HEADER_WIDTH) + 5, 16);
            year = year.plusYears(1);
        }
        g.setFont(FONT);
        boolean months = t.zoom() == Zoom.MONTHS;
        LocalDate d = t.dateAt(Math.max(0, left)).withDayOfMonth(1);
        if (!months) {
            d = Zoom.QUARTERS.unitStart(d);
        }
        var locale = Messages.get().locale();
        while (t.xOf(d) <= right && !d.isAfter(t.to())) {
            int x = (int) Math.round(v.screenX(t.xOf(d)));
            g.setColor(GRID_FINE);
            g.drawLine(x, 24, x, AXIS_HEIGHT);
            g.setColor(MUTED);
            String label = months ? d.getMonth().getDisplayName(TextStyle.SHORT, locale)
                    : "Q" + ((d.getMonthValue() - 1) / 3 + 1);
            g.drawString(label, x + 4, 38);
            d = d.plusMonths(months ? 1 : 3);
        }
        g.setColor(ALERT);
        g.drawString(Messages.tr("timeline.today"), (float) today + 3, 27);
        g.setClip(clip);
        g.setColor(GRID);
        g.drawLine(HEADER_WIDTH, AXIS_HEIGHT - 1, v.width(), AXIS_HEIGHT - 1);
    }

    private static void headers(Graphics2D g, Timeline t, View v, double top, double bottom) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, HEADER_WIDTH, v.height());
        g.setColor(MUTED);
        g.setFont(FONT);
        g.drawString(Messages.tr(t.zoom().messageKey()), 10, 27);
        Shape clip = g.getClip();
        g.clipRect(0, AXIS_HEIGHT, HEADER_WIDTH, v.height() - AXIS_HEIGHT);
        for (Lane lane : t.lanes()) {
            if (lane.y() + lane.height() < top || lane.y() > bottom) {
                continue;
            }
            double y = v.screenY(lane.y());
            g.setColor(colour(lane.colour()));
            g.fill(new java.awt.geom.Rectangle2D.Double(0, y + 2, 6, lane.height() - 4));
            g.setColor(TEXT);
            g.setFont(BOLD);
            // the name stays in sight while the lane is scrolled past the top
            double nameY = Math.min(Math.max(y, AXIS_HEIGHT) + 18, y + lane.height() - 6);
            g.drawString(lane.name(), 14, (float) nameY);
            g.setColor(GRID);
            int line = (int) Math.round(y + lane.height()) - 1;
            g.drawLine(0, line, HEADER_WIDTH, line);
        }
        g.setClip(clip);
        g.setColor(GRID);
        g.drawLine(HEADER_WIDTH - 1, 0, HEADER_WIDTH - 1, v.height());
    }

    private static Color colour(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }

    /** The colour mixed with white: {@code strength} 1 is the colour itself, 0 white. */
    private static Color tint(Color c, float strength) {
        float s = Math.max(0, Math.min(1, strength));
        return new Color(Math.round(255 - (255 - c.getRed()) * s), Math.round(255 - (255 - c.getGreen()) * s),
                Math.round(255 - (255 - c.getBlue()) * s));
    }

    private static double luminance(Color c) {
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255;
    }
}
