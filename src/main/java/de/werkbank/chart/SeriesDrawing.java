package de.werkbank.chart;

import de.werkbank.datencheck.NiceTicks;
import java.awt.BasicStroke;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * An indicator over the years as the window shows it and the Datencheck booklet prints it: one line per
 * area (the first strongest, the others told apart by colour and dashes, so it reads in black and
 * white), a dot on every year with a value, even value ticks with the same decimals, the years below
 * and a legend under the chart.
 */
public final class SeriesDrawing implements Drawing {

    /** One area's line: its name for the legend and its value per year (gaps where a year has none). */
    public record Line(String name, SortedMap<Integer, Double> values) {
    }

    /** A dot under the pointer. */
    public record Point(String name, int year, double value) {
    }

    private static final double RIGHT = 16;
    private static final double LEGEND_ROW = 18;

    private final String title;
    private final List<Line> lines;
    private final Locale locale;
    private final double width;
    private final double height;
    private final Layout layout;

    /** The picture's geometry, worked out once from the data and the font. */
    private record Layout(int first, int last, NiceTicks ticks, NumberFormat format, double left, double top,
                          double bottom, List<double[]> legend) {
    }

    public SeriesDrawing(String title, List<Line> lines, Locale locale, double width, double height) {
        this.title = title;
        this.lines = List.copyOf(lines);
        this.locale = locale;
        this.width = width;
        this.height = height;
        this.layout = layout();
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    public List<Line> lines() {
        return lines;
    }

    /** The value axis' ticks, or empty without any value. */
    public Optional<NiceTicks> ticks() {
        return Optional.ofNullable(layout).map(Layout::ticks);
    }

    private Layout layout() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (Line line : lines) {
            for (Map.Entry<Integer, Double> e : line.values().entrySet()) {
                if (e.getValue() != null && Double.isFinite(e.getValue())) {
                    min = Math.min(min, e.getValue());
                    max = Math.max(max, e.getValue());
                    first = Math.min(first, e.getKey());
                    last = Math.max(last, e.getKey());
                }
            }
        }
        if (first > last) {
            return null;
        }
        NiceTicks ticks = NiceTicks.covering(min, max, 6);
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(ticks.decimals());
        format.setMaximumFractionDigits(ticks.decimals());
        FontMetrics fm = metrics();
        double labels = 0;
        for (double v = ticks.lower(); v <= ticks.upper() + ticks.step() / 2; v += ticks.step()) {
            labels = Math.max(labels, fm.stringWidth(format.format(v)));
        }
        double left = labels + 10;
        // the legend's entries, row by row as wide as the chart allows: x and row of each
        List<double[]> legend = new ArrayList<>();
        double x = left;
        int row = 0;
        for (Line line : lines) {
            double w = 26 + fm.stringWidth(line.name());
            if (x > left && x + w > width - RIGHT) {
                x = left;
                row++;
            }
            legend.add(new double[] {x, row});
            x += w + 16;
        }
        double top = (title.isEmpty() ? 0 : 22) + 10;
        double bottom = height - 24 - (row + 1) * LEGEND_ROW;
        return new Layout(first, Math.max(last, first + 1), ticks, format, left, top, bottom, legend);
    }

    private static FontMetrics metrics() {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        try {
            return g.getFontMetrics(Charts.FONT);
        } finally {
            g.dispose();
        }
    }

    private double x(int year) {
        return layout.left + (width - RIGHT - layout.left) * (year - layout.first) / (layout.last - layout.first);
    }

    private double y(double value) {
        NiceTicks t = layout.ticks;
        return layout.bottom - (layout.bottom - layout.top) * (value - t.lower()) / (t.upper() - t.lower());
    }

    /** The dot nearest to a point of the picture, within a few pixels. */
    public Optional<Point> pointAt(double px, double py) {
        Point best = null;
        double bestDistance = 8 * 8;
        if (layout != null) {
            for (Line line : lines) {
                for (Map.Entry<Integer, Double> e : line.values().entrySet()) {
                    if (e.getValue() == null || !Double.isFinite(e.getValue())) {
                        continue;
                    }
                    double dx = x(e.getKey()) - px;
                    double dy = y(e.getValue()) - py;
                    if (dx * dx + dy * dy <= bestDistance) {
                        bestDistance = dx * dx + dy * dy;
                        best = new Point(line.name(), e.getKey(), e.getValue());
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Where a line's dot of a year is drawn, in picture units. */
    public Optional<double[]> dotOf(int line, int year) {
        Double v = lines.get(line).values().get(year);
        return layout == null || v == null || !Double.isFinite(v) ? Optional.empty()
                : Optional.of(new double[] {x(year), y(v)});
    }

    @Override
    public void paint(Graphics2D g) {
        Charts.setUp(g);
        if (!title.isEmpty()) {
            g.setFont(Charts.BOLD);
            g.setColor(Charts.TEXT);
            g.drawString(title, 0f, 14f);
        }
        g.setFont(Charts.FONT);
        if (layout == null) {
            return;
        }
        NiceTicks t = layout.ticks;
        int count = (int) Math.round((t.upper() - t.lower()) / t.step());
        for (int i = 0; i <= count; i++) {
            double v = t.lower() + i * t.step();
            g.setColor(Charts.GRID);
            g.draw(new Line2D.Double(layout.left, y(v), width - RIGHT, y(v)));
            g.setColor(Charts.MUTED);
            Charts.right(g, layout.format.format(v), layout.left - 6, y(v));
        }
        int span = layout.last - layout.first;
        double room = (width - RIGHT - layout.left) / Math.max(1, span);
        int step = room >= 34 ? 1 : room >= 17 ? 2 : room >= 7 ? 5 : 10;
        g.setColor(Charts.GRID_DARK);
        g.draw(new Line2D.Double(layout.left, layout.bottom, width - RIGHT, layout.bottom));
        for (int year = layout.first; year <= layout.last; year++) {
            if ((year - layout.first) % step == 0) {
                g.setColor(Charts.GRID_DARK);
                g.draw(new Line2D.Double(x(year), layout.bottom, x(year), layout.bottom + 4));
                g.setColor(Charts.MUTED);
                Charts.centred(g, String.valueOf(year), x(year), layout.bottom + 14);
            }
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            paintLine(g, i);
        }
        g.setStroke(new BasicStroke(1));
        for (int i = 0; i < lines.size(); i++) {
            double[] at = layout.legend.get(i);
            double y = layout.bottom + 24 + at[1] * LEGEND_ROW + LEGEND_ROW / 2;
            g.setColor(Charts.line(i));
            g.setStroke(Charts.lineStroke(i));
            g.draw(new Line2D.Double(at[0], y, at[0] + 20, y));
            g.setStroke(new BasicStroke(1));
            g.setColor(Charts.TEXT);
            Charts.left(g, lines.get(i).name(), at[0] + 26, y);
        }
    }

    private void paintLine(Graphics2D g, int i) {
        Path2D.Double path = new Path2D.Double();
        boolean started = false;
        List<double[]> dots = new ArrayList<>();
        for (Map.Entry<Integer, Double> e : lines.get(i).values().entrySet()) {
            if (e.getValue() == null || !Double.isFinite(e.getValue())) {
                started = false;
                continue;
            }
            double x = x(e.getKey());
            double y = y(e.getValue());
            dots.add(new double[] {x, y});
            if (started) {
                path.lineTo(x, y);
            } else {
                path.moveTo(x, y);
                started = true;
            }
        }
        g.setColor(Charts.line(i));
        g.setStroke(Charts.lineStroke(i));
        g.draw(path);
        g.setStroke(new BasicStroke(1));
        double r = i == 0 ? 3 : 2.5;
        for (double[] d : dots) {
            g.fill(new Ellipse2D.Double(d[0] - r, d[1] - r, 2 * r, 2 * r));
        }
    }
}
