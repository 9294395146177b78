package de.werkbank.chart;

import de.werkbank.datencheck.PopulationPyramid;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The population pyramid as the window shows it and the Datencheck booklet prints it: one row per age
 * group, the youngest at the bottom, men to the left and women to the right of the age labels, on one
 * scale with round ends; a second year can be laid over as an outline.
 */
public final class PyramidDrawing implements Drawing {

    /** The texts the picture writes, in the user's language; {@code title} may be empty (no title line). */
    public record Labels(String title, String men, String women, String outline, String empty) {
    }

    /** A bar under the pointer: its age group and whether it is the men's (left) or the women's. */
    public record Hit(PopulationPyramid.Bar bar, boolean men) {
    }

    private static final double LABELS = 56;
    private static final double SIDE = 16;
    private static final double BOTTOM = 30;
    private static final Color OUTLINE = new Color(0x1f1f1f);

    private final List<PopulationPyramid.Bar> bars;
    private final List<PopulationPyramid.Bar> outline;
    private final Labels labels;
    private final Locale locale;
    private final double width;
    private final double height;

    public PyramidDrawing(List<PopulationPyramid.Bar> bars, List<PopulationPyramid.Bar> outline, Labels labels,
                          Locale locale, double width, double height) {
        this.bars = List.copyOf(bars);
        this.outline = List.copyOf(outline);
        this.labels = labels;
        this.locale = locale;
        this.width = width;
        this.height = height;
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    public List<PopulationPyramid.Bar> bars() {
        return bars;
    }

    public List<PopulationPyramid.Bar> outline() {
        return outline;
    }

    private double top() {
        return (labels.title().isEmpty() ? 0 : 22) + 34;
    }

    private double scale() {
        return niceCeiling(Math.max(PopulationPyramid.largest(bars), PopulationPyramid.largest(outline)));
    }

    private double half() {
        return Math.max(1, (width - LABELS - 2 * SIDE) / 2);
    }

    private double rowHeight() {
        return (height - top() - BOTTOM) / Math.max(1, bars.size());
    }

    /** The bar of age group {@code row} (0 = youngest), the men's or the women's, in picture units. */
    public Rectangle2D barBounds(int row, boolean men) {
        return bounds(bars.get(row), row, men);
    }

    private Rectangle2D bounds(PopulationPyramid.Bar bar, int row, boolean men) {
        double leftAxis = SIDE + half();
        double y = height - BOTTOM - (row + 1) * rowHeight() + 1;
        double h = Math.max(1, rowHeight() - 2);
        double w = Math.max(0, (men ? bar.men() : bar.women()) / scale() * half());
        return new Rectangle2D.Double(men ? leftAxis - w : leftAxis + LABELS, y, w, h);
    }

    /** The bar at a point of the picture, if any. */
    public Optional<Hit> barAt(double x, double y) {
        for (int i = 0; i < bars.size(); i++) {
            for (boolean men : new boolean[] {true, false}) {
                Rectangle2D r = barBounds(i, men);
                if (y >= r.getMinY() && y <= r.getMaxY() && x >= r.getMinX() - 1 && x <= r.getMaxX() + 1) {
                    return Optional.of(new Hit(bars.get(i), men));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void paint(Graphics2D g) {
        Charts.setUp(g);
        g.setFont(Charts.FONT);
        FontMetrics fm = g.getFontMetrics();
        if (!labels.title().isEmpty()) {
            g.setFont(Charts.BOLD);
            g.setColor(Charts.TEXT);
            g.drawString(labels.title(), 0f, 14f);
            g.setFont(Charts.FONT);
        }
        if (bars.isEmpty()) {
            g.setColor(Charts.MUTED);
            Charts.centred(g, labels.empty(), width / 2, height / 2);
            return;
        }
        for (int i = 0; i < bars.size(); i++) {
            PopulationPyramid.Bar bar = bars.get(i);
            g.setColor(Charts.MEN);
            g.fill(bounds(bar, i, true));
            g.setColor(Charts.WOMEN);
            g.fill(bounds(bar, i, false));
            if (rowHeight() >= fm.getAscent() - 2) {
                g.setColor(Charts.TEXT);
                double y = height - BOTTOM - (i + 0.5) * rowHeight();
                Charts.centred(g, bar.label(), SIDE + half() + LABELS / 2, y);
            }
        }
        g.setColor(OUTLINE);
        g.setStroke(new BasicStroke(1.5f));
        for (PopulationPyramid.Bar bar : outline) {
            int row = rowOf(bar);
            if (row >= 0) {
                g.draw(bounds(bar, row, true));
                g.draw(bounds(bar, row, false));
            }
        }
        g.setStroke(new BasicStroke(1));
        axis(g);
        legend(g, fm);
    }

    private void axis(Graphics2D g) {
        double y = height - BOTTOM;
        double leftAxis = SIDE + half();
        double rightAxis = leftAxis + LABELS;
        g.setColor(Charts.GRID_DARK);
        g.draw(new Line2D.Double(SIDE, y, leftAxis, y));
        g.draw(new Line2D.Double(rightAxis, y, rightAxis + half(), y));
        NumberFormat format = NumberFormat.getIntegerInstance(locale);
        for (double f : new double[] {0, 0.5, 1}) {
            String value = format.format(scale() * f);
            for (double x : new double[] {leftAxis - f * half(), rightAxis + f * half()}) {
                g.setColor(Charts.GRID_DARK);
                g.draw(new Line2D.Double(x, y, x, y + 4));
                g.setColor(Charts.MUTED);
                // centred under its tick, the outermost kept inside the picture
                double w = g.getFontMetrics().stringWidth(value);
                Charts.left(g, value, Math.max(0, Math.min(width - w, x - w / 2)), y + 14);
            }
        }
    }

    private void legend(Graphics2D g, FontMetrics fm) {
        double y = top() - 20;
        g.setColor(Charts.MEN);
        g.fill(new Rectangle2D.Double(SIDE, y - 6, 12, 12));
        g.setColor(Charts.WOMEN);
        g.fill(new Rectangle2D.Double(width - SIDE - 12, y - 6, 12, 12));
        g.setColor(Charts.TEXT);
        Charts.left(g, labels.men(), SIDE + 18, y);
        Charts.left(g, labels.women(), width - SIDE - 18 - fm.stringWidth(labels.women()), y);
        if (!outline.isEmpty()) {
            double x = width / 2 - (18 + fm.stringWidth(labels.outline())) / 2.0;
            g.setColor(OUTLINE);
            g.setStroke(new BasicStroke(1.5f));
            g.draw(new Rectangle2D.Double(x, y - 6, 12, 12));
            g.setStroke(new BasicStroke(1));
            g.setColor(Charts.TEXT);
            Charts.left(g, labels.outline(), x + 18, y);
        }
    }

    private int rowOf(PopulationPyramid.Bar bar) {
        for (int i = 0; i < bars.size(); i++) {
            if (bars.get(i).group().equals(bar.group())) {
                return i;
            }
        }
        return -1;
    }

    /** A round number at or above {@code value} for the scale's end: 1, 2, 2.5 or 5 times a power of ten. */
    public static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= value * (1 - 1e-12)) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
