package de.werkbank.document;

import de.werkbank.datencheck.PopulationPyramid;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;

/**
 * The Datencheck's population pyramid and time series drawn with Java2D for paper: the window draws
 * them with JavaFX nodes, which a PDF cannot hold. The same data (the core's {@link PopulationPyramid}
 * bars and time series), the same colours; black-and-white readable (labels, not colour alone).
 */
final class ChartDrawings {

    private static final Color TEXT = new Color(0x1f2328);
    private static final Color MUTED = new Color(0x656d76);
    private static final Color GRID = new Color(0xd0d7de);
    private static final Color MEN = new Color(0x4a7fb5);
    private static final Color WOMEN = new Color(0xc9734a);
    private static final Color[] LINES = {new Color(0x0b4f9c), new Color(0x8c959f)};
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font BOLD = FONT.deriveFont(Font.BOLD, 12f);

    private ChartDrawings() {
    }

    /** The pyramid: men left, women right, the age groups between them, youngest at the bottom. */
    static Drawing pyramid(String title, List<PopulationPyramid.Bar> bars, String men, String women, Locale locale) {
        return new Drawing() {
            @Override
            public double width() {
                return 420;
            }

            @Override
            public double height() {
                return 320;
            }

            @Override
            public void paint(Graphics2D g) {
                setUp(g);
                g.setFont(BOLD);
                g.setColor(TEXT);
                g.drawString(title, 0, 14);
                g.setFont(FONT);
                FontMetrics fm = g.getFontMetrics();
                double top = 40;
                double bottom = height() - 24;
                double labels = 44;
                double centre = width() / 2;
                double half = centre - labels / 2 - 4;
                double largest = Math.max(1, PopulationPyramid.largest(bars));
                g.setColor(MUTED);
                g.drawString(men, (float) (centre - labels / 2 - fm.stringWidth(men)), 32);
                g.drawString(women, (float) (centre + labels / 2), 32);
                if (bars.isEmpty()) {
                    return;
                }
                double row = (bottom - top) / bars.size();
                for (int i = 0; i < bars.size(); i++) {
                    PopulationPyramid.Bar b = bars.get(i);
                    double y = bottom - (i + 1) * row;
                    double h = Math.max(1, row - 1.5);
                    double wm = b.men() / largest * half;
                    double ww = b.women() / largest * half;
                    g.setColor(MEN);
                    g.fill(new Rectangle2D.Double(centre - labels / 2 - wm, y, wm, h));
                    g.setColor(WOMEN);
                    g.fill(new Rectangle2D.Double(centre + labels / 2, y, ww, h));
                    if (row >= 9) {
                        g.setColor(TEXT);
                        String label = b.label();
                        g.drawString(label, (float) (centre - fm.stringWidth(label) / 2.0), (float) (y + h / 2 + fm.getAscent() / 2.0 - 1));
                    }
                }
                g.setColor(GRID);
                g.draw(new Line2D.Double(0, bottom + 2, width(), bottom + 2));
                g.setColor(MUTED);
                String max = NumberFormat.getIntegerInstance(locale).format(Math.round(largest));
                g.drawString(max, 0, (float) bottom + 16);
                g.drawString(max, (float) (width() - fm.stringWidth(max)), (float) bottom + 16);
                g.drawString("0", (float) (centre - fm.stringWidth("0") / 2.0), (float) bottom + 16);
            }
        };
    }

    /**
     * Lines over the years, one per series (the first drawn strongest), with the years below and a
     * few round values on the left.
     *
     * @param names the series' names for the legend, in the order of {@code series}
     */
    static Drawing series(String title, List<String> names, List<SortedMap<Integer, Double>> series, int decimals,
                          Locale locale) {
        return new Drawing() {
            @Override
            public double width() {
                return 420;
            }

            @Override
            public double height() {
                return 320;
            }

            @Override
            public void paint(Graphics2D g) {
                setUp(g);
                g.setFont(BOLD);
                g.setColor(TEXT);
                g.drawString(title, 0, 14);
                g.setFont(FONT);
                FontMetrics fm = g.getFontMetrics();
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                int first = Integer.MAX_VALUE;
                int last = Integer.MIN_VALUE;
                for (SortedMap<Integer, Double> s : series) {
                    for (var e : s.entrySet()) {
                        if (e.getValue() != null && !e.getValue().isNaN()) {
                            min = Math.min(min, e.getValue());
                            max = Math.max(max, e.getValue());
                            first = Math.min(first, e.getKey());
                            last = Math.max(last, e.getKey());
                        }
                    }
                }
                if (first > last) {
                    return;
                }
                if (max - min < 1e-9) {
                    max += 1;
                    min -= 1;
                }
                double pad = (max - min) * 0.08;
                min -= pad;
                max += pad;
                double left = 52;
                double right = width() - 16;
                double top = 30;
                double bottom = height() - 44;
                NumberFormat nf = NumberFormat.getNumberInstance(locale);
                nf.setMaximumFractionDigits(decimals);
                nf.setMinimumFractionDigits(decimals);
                for (int i = 0; i <= 4; i++) {
                    double v = min + (max - min) * i / 4;
                    double y = bottom - (bottom - top) * i / 4;
                    g.setColor(GRID);
                    g.draw(new Line2D.Double(left, y, right, y));
                    g.setColor(MUTED);
                    String text = nf.format(v);
                    g.drawString(text, (float) (left - 4 - fm.stringWidth(text)), (float) (y + fm.getAscent() / 2.0 - 1));
                }
                int span = Math.max(1, last - first);
                int step = span <= 6 ? 1 : span <= 14 ? 2 : 5;
                for (int year = first; year <= last; year += step) {
                    double x = left + (right - left) * (year - first) / span;
                    String text = String.valueOf(year);
                    g.setColor(MUTED);
                    g.drawString(text, (float) (x - fm.stringWidth(text) / 2.0), (float) bottom + 18);
                }
                for (int i = series.size() - 1; i >= 0; i--) {
                    Path2D.Double line = new Path2D.Double();
                    boolean started = false;
                    for (var e : series.get(i).entrySet()) {
                        if (e.getValue() == null || e.getValue().isNaN()) {
                            started = false;
                            continue;
                        }
                        double x = left + (right - left) * (e.getKey() - first) / span;
                        double y = bottom - (bottom - top) * (e.getValue() - min) / (max - min);
                        if (started) {
                            line.lineTo(x, y);
                        } else {
                            line.moveTo(x, y);
                            started = true;
                        }
                    }
                    g.setColor(LINES[Math.min(i, LINES.length - 1)]);
                    g.setStroke(new BasicStroke(i == 0 ? 2.2f : 1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10,
                            i == 0 ? null : new float[] {5, 3}, 0));
                    g.draw(line);
                }
                g.setStroke(new BasicStroke(1));
                double x = left;
                for (int i = 0; i < names.size(); i++) {
                    g.setColor(LINES[Math.min(i, LINES.length - 1)]);
                    g.setStroke(new BasicStroke(i == 0 ? 2.2f : 1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                            i == 0 ? null : new float[] {5, 3}, 0));
                    g.draw(new Line2D.Double(x, height() - 10, x + 18, height() - 10));
                    g.setColor(TEXT);
                    g.drawString(names.get(i), (float) (x + 22), (float) height() - 6);
                    x += 22 + fm.stringWidth(names.get(i)) + 16;
                }
                g.setStroke(new BasicStroke(1));
            }
        };
    }

    private static void setUp(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }
}
