package de.werkbank.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;

/** The colours, fonts and text placing the Datencheck's charts share, on screen and on paper. */
final class Charts {

    static final Color TEXT = new Color(0x1f2328);
    static final Color MUTED = new Color(0x57606a);
    static final Color GRID = new Color(0xd8dee4);
    static final Color GRID_DARK = new Color(0x8c959f);
    static final Color MEN = new Color(0x3b6ea8);
    static final Color WOMEN = new Color(0xc8553d);
    static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font BOLD = FONT.deriveFont(Font.BOLD, 13f);

    /** The lines of a time series: the first strong and solid, the others told apart by colour and dashes too. */
    private static final Color[] LINES = {new Color(0x0b4f9c), new Color(0x6e7781), new Color(0xbc4c00),
            new Color(0x1a7f37), new Color(0x8250df), new Color(0x0a7c86)};
    private static final float[][] DASHES = {null, {6, 3}, {2, 3}, {8, 3, 2, 3}, {4, 4}, {1, 2}};

    private Charts() {
    }

    static void setUp(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    static Color line(int i) {
        return LINES[i % LINES.length];
    }

    static BasicStroke lineStroke(int i) {
        return new BasicStroke(i == 0 ? 2.4f : 1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                DASHES[i % DASHES.length], 0);
    }

    /** Writes {@code text} centred on {@code x}, its middle at {@code y}. */
    static void centred(Graphics2D g, String text, double x, double y) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, (float) (x - fm.stringWidth(text) / 2.0), baseline(fm, y));
    }

    /** Writes {@code text} from {@code x}, its middle at {@code y}. */
    static void left(Graphics2D g, String text, double x, double y) {
        g.drawString(text, (float) x, baseline(g.getFontMetrics(), y));
    }

    /** Writes {@code text} ending at {@code x}, its middle at {@code y}. */
    static void right(Graphics2D g, String text, double x, double y) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, (float) (x - fm.stringWidth(text)), baseline(fm, y));
    }

    private static float baseline(FontMetrics fm, double middle) {
        return (float) (middle + (fm.getAscent() - fm.getDescent()) / 2.0);
    }
}
