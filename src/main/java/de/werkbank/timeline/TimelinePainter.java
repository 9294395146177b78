package de.werkbank.timeline;

import de.werkbank.i18n.Messages;
import de.werkbank.sheet.IndicatorProgress;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Draws a {@link Timeline} with Java2D: lane headers on the left (colour, name on up to two lines), the
 * axis on top (years, and quarters or months), the lanes' bands, the bars (stage as style, progress,
 * step ticks, overdue or blocked, the mark of a measure starting before its prerequisite ends, the
 * indicators' progress), the dependency arrows and the line for today. The same picture on screen, in
 * a PNG and on paper; headless. Only what lies in the view is drawn: bars, ticks and arrows outside it
 * are skipped before anything is measured or allocated. A bar's title stays at the view's left edge
 * while the bar is in sight; the selected bar's arrows stand out.
 */
public final class TimelinePainter {

    /** The width of the lane headers' column and the height of the axis. */
    public static final int HEADER_WIDTH = 180;
    public static final int AXIS_HEIGHT = 44;

    static final Color TEXT = new Color(0x1f2328);
    static final Color MUTED = new Color(0x656d76);
    static final Color GRID = new Color(0xd0d7de);
    static final Color GRID_FINE = new Color(0xeaeef2);
    static final Color ALERT = new Color(0xcf222e);
    static final Color WARN = new Color(0xbf5700);
    static final Color ON_TRACK = new Color(0x1a7f37);
    private static final Color SELECTED = new Color(0x0969da);
    private static final Color ARROW = new Color(0x57606a);
    private static final Color ARROW_FADED = new Color(0x57606a & 0xffffff | 0x70000000, true);
    private static final Color PROGRESS = new Color(0, 0, 0, 90);
    static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font BOLD = FONT.deriveFont(Font.BOLD);
    private static final Stroke THIN = new BasicStroke(1f);
    private static final Stroke ARROW_STROKE = new BasicStroke(1.2f);
    private static final Stroke ARROW_BOLD = new BasicStroke(2.2f);
    private static final Stroke HOVER = new BasicStroke(1.5f);
    private static final Stroke SELECTION = new BasicStroke(2.5f);
    private static final Stroke TODAY = new BasicStroke(1.5f);
    private static final Stroke DASHED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10, new float[] {4, 3}, 0);

    private final Map<String, Color[]> fills = new ConcurrentHashMap<>();
    private final LaneHeaders headers = new LaneHeaders();

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

    /** Draws the view at the graphics' origin, {@code v.width()} × {@code v.height()} (a page may scale it). */
    public void paint(Graphics2D g, Timeline t, View v, Highlight h) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
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
                int y0 = (int) Math.round(v.screenY(lane.y()));
                int y1 = (int) Math.round(v.screenY(lane.y() + lane.height()));
                g.setColor(fills(lane.colour())[0]);
                g.fillRect(HEADER_WIDTH, y0, v.width() - HEADER_WIDTH, y1 - y0);
                g.setColor(GRID);
                g.drawLine(HEADER_WIDTH, y1 - 1, v.width(), y1 - 1);
            }
        }
        TimelineAxis.grid(g, t, v, left, right);
        UUID focus = focus(t, h.selected() != null ? h.selected() : h.hovered());
        g.setStroke(ARROW_STROKE);
        for (Arrow a : t.arrows()) {
            if (!touches(a, focus) && a.meets(left, top, right, bottom)) {
                arrow(g, v, a, focus == null ? (a.late() ? WARN : ARROW) : ARROW_FADED);
            }
        }
        g.setFont(FONT);
        FontMetrics fm = g.getFontMetrics();
        for (Bar b : t.bars()) {
            if (b.y() + b.height() < top || b.y() > bottom) {
                continue;
            }
            boolean drag = b.measure().card().equals(h.dragged());
            double x0 = b.x() + (drag ? h.startShift() : 0);
            double x1 = b.right() + (drag ? h.endShift() : 0);
            if (x1 >= left && x0 <= right) {
                bar(g, fm, t, v, b, v.screenX(x0), Math.max(2, x1 - x0), h);
            }
        }
        if (focus != null) {
            g.setStroke(ARROW_BOLD);
            for (Arrow a : t.arrows()) {
                if (touches(a, focus) && a.meets(left, top, right, bottom)) {
                    arrow(g, v, a, a.late() ? WARN : SELECTED);
                }
            }
        }
        int today = (int) Math.round(v.screenX(t.xOf(t.today())));
        g.setColor(ALERT);
        g.setStroke(TODAY);
        g.drawLine(today, AXIS_HEIGHT, today, v.height());
        g.setClip(clip);
        TimelineAxis.axis(g, t, v, left, right, today);
        headers.paint(g, t, v, top, bottom);
    }

    /** The bar whose arrows stand out: the selected (or hovered) one, if it has arrows. */
    private static UUID focus(Timeline t, UUID card) {
        if (card != null) {
            for (Arrow a : t.arrows()) {
                if (touches(a, card)) {
                    return card;
                }
            }
        }
        return null;
    }

    private static boolean touches(Arrow a, UUID card) {
        return card != null && (card.equals(a.prerequisite()) || card.equals(a.dependent()));
    }

    private void bar(Graphics2D g, FontMetrics fm, Timeline t, View v, Bar b, double x, double w, Highlight h) {
        Color[] lane = fills(t.lanes().get(b.lane()).colour());
        double y = v.screenY(b.y());
        int iy = (int) Math.round(y);
        int ih = (int) Math.round(b.height());
        float strength = b.stages() <= 1 ? 1f : (float) b.stage() / (b.stages() - 1);
        Color fill = b.stage() == 0 ? Color.WHITE : tint(lane[1], 0.25f + 0.75f * strength);
        body(g, (int) Math.round(x), iy, (int) Math.max(2, Math.round(w)), ih, fill, lane[2],
                b.stage() == 0 ? DASHED : THIN, v.width());
        if (b.progress().total() > 0) {
            g.setColor(PROGRESS);
            g.fillRect((int) Math.round(x + 2), iy + ih - 4, (int) Math.round((w - 4) * b.progress().fraction()), 3);
        }
        double shift = x - v.screenX(b.x());
        int viewRight = v.width();
        for (Bar.Tick tick : b.ticks()) {
            int tx = (int) Math.round(v.screenX(tick.x()) + shift);
            if (tx < HEADER_WIDTH - 2 || tx > viewRight + 2) {
                continue;
            }
            g.setColor(tick.overdue() ? ALERT : tick.outside() ? WARN : tick.done() ? MUTED : TEXT);
            g.fillRect(tx - 1, iy - (tick.outside() ? 3 : 0), 2, tick.outside() ? 9 : 6);
        }
        double end = x + w - (b.alert() ? 15 : 3);
        IndicatorMark mark = IndicatorMark.shown(b.measure().indicators());
        if (mark != null && w >= 70) {
            end -= 30;
            indicator(g, mark.progress(), (int) Math.round(end + 3), iy + 6);
        }
        // the title stays at the view's left edge while the bar reaches into the view
        double textX = Math.max(x, HEADER_WIDTH) + 6 + (b.beforePrerequisite() != null && x >= HEADER_WIDTH - 9 ? 8 : 0);
        if (end - textX > 12) {
            Shape clip = g.getClip();
            g.clipRect((int) textX, iy, (int) Math.ceil(end - textX), ih);
            g.setColor(luminance(fill) < 0.45 ? Color.WHITE : TEXT);
            g.drawString(b.measure().title(), (float) textX, (float) (y + 14));
            g.setClip(clip);
        }
        if (b.alert()) {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(ALERT);
            g.fill(new java.awt.geom.Ellipse2D.Double(x + w - 11, y + 5, 7, 7));
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        }
        if (b.beforePrerequisite() != null) {
            g.setColor(WARN);
            g.fill(new Polygon(new int[] {(int) x, (int) x + 9, (int) x}, new int[] {iy, iy, iy + 9}, 3));
        }
        UUID card = b.measure().card();
        if (card.equals(h.selected()) || card.equals(h.hovered())) {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(card.equals(h.selected()) ? SELECTED : MUTED);
            g.setStroke(card.equals(h.selected()) ? SELECTION : HOVER);
            g.draw(new RoundRectangle2D.Double(x - 1.5, y - 1.5, w + 3, b.height() + 3, 8, 8));
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        }
    }

    /**
     * A bar's body: round ends drawn with antialiasing, the straight part between them without (the
     * same pixels, a fraction of the work for a long bar), and only as far as the view reaches.
     */
    private static void body(Graphics2D g, int x, int y, int w, int h, Color fill, Color outline, Stroke stroke,
                             int viewWidth) {
        var rect = new RoundRectangle2D.Double(x + 0.5, y + 0.5, w - 1, h - 1, 6, 6);
        int end = 6;
        Shape clip = g.getClip();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setStroke(stroke);
        if (w <= 4 * end) {
            g.setColor(fill);
            g.fill(rect);
            g.setColor(outline);
            g.draw(rect);
        } else {
            // each end as a short round rectangle of its own, cut in half: a small path for the rasterizer
            for (int capX : new int[] {x - 1, x + w - end}) {
                if (capX + end + 1 >= HEADER_WIDTH && capX <= viewWidth) {
                    boolean left = capX < x;
                    var cap = new RoundRectangle2D.Double(left ? x + 0.5 : x + w - 0.5 - 3 * end, y + 0.5, 3 * end,
                            h - 1, 6, 6);
                    g.clipRect(capX, y - 1, end + 1, h + 2);
                    g.setColor(fill);
                    g.fill(cap);
                    g.setColor(outline);
                    g.draw(cap);
                    g.setClip(clip);
                }
            }
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        if (w > 4 * end) {
            int from = Math.max(x + end, HEADER_WIDTH - 8);
            int to = Math.min(x + w - end, viewWidth + 8);
            if (to > from) {
                g.setColor(fill);
                g.fillRect(from, y + 1, to - from, h - 2);
                g.setColor(outline);
                g.drawLine(from, y, to - 1, y);
                g.drawLine(from, y + h - 1, to - 1, y + h - 1);
            }
        }
    }

    /** The indicators' small bar: the share of the way from baseline to target, green on course, orange behind. */
    private static void indicator(Graphics2D g, IndicatorProgress p, int x, int y) {
        Color colour = p.verdict() == IndicatorProgress.Verdict.BEHIND ? WARN : ON_TRACK;
        g.setColor(Color.WHITE);
        g.fillRect(x, y, 26, 7);
        g.setColor(colour);
        g.fillRect(x + 1, y + 1, (int) Math.round(24 * p.bar()), 5);
        g.drawRect(x, y, 26, 7);
    }

    private static void arrow(Graphics2D g, View v, Arrow a, Color colour) {
        double[] r = a.route();
        Path2D.Double path = new Path2D.Double();
        path.moveTo(Math.round(v.screenX(r[0])) + 0.5, Math.round(v.screenY(r[1])) + 0.5);
        for (int i = 2; i < r.length; i += 2) {
            double x = i == r.length - 2 ? r[i] - 5 : r[i];
            path.lineTo(Math.round(v.screenX(x)) + 0.5, Math.round(v.screenY(r[i + 1])) + 0.5);
        }
        g.setColor(colour);
        g.draw(path);
        int x2 = (int) Math.round(v.screenX(a.x2()));
        int y2 = (int) Math.round(v.screenY(a.y2()));
        g.fill(new Polygon(new int[] {x2 + 1, x2 - 6, x2 - 6}, new int[] {y2, y2 - 4, y2 + 4}, 3));
    }

    /** The lane's colours: its band, itself, its bars' outline. */
    private Color[] fills(String hex) {
        return fills.computeIfAbsent(hex, key -> {
            Color c = colour(key);
            return new Color[] {tint(c, 0.06f), c, c.darker()};
        });
    }

    static Color colour(String hex) {
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
