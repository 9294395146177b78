package de.werkbank.document;

import de.werkbank.chart.Drawing;
import de.werkbank.timeline.Bar;
import de.werkbank.timeline.Lane;
import de.werkbank.timeline.Timeline;
import de.werkbank.timeline.TimelinePainter;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The timeline cut into pieces of a landscape page: each piece is a view of the Strategie view's
 * painter with its lane headers and its axis, so every page reads on its own. Pieces are cut across
 * between rows of bars (never through a bar) and along the axis at the page's width.
 */
final class TimelinePages {

    /** Millimetres per pixel of the screen chart: its 12 px labels come out at about 9 pt. */
    static final double MM_PER_PX = 0.26;

    private static final TimelinePainter PAINTER = new TimelinePainter();

    /** One page's piece: its view of the chart. */
    record Piece(Timeline timeline, TimelinePainter.View view, int column, int row) implements Drawing {

        @Override
        public double width() {
            return view.width();
        }

        @Override
        public double height() {
            return view.height();
        }

        @Override
        public void paint(Graphics2D g) {
            PAINTER.paint(g, timeline, view, TimelinePainter.Highlight.NONE);
        }
    }

    private TimelinePages() {
    }

    /**
     * @param widthMm the page's width for the chart
     * @param heightMm the page's height for the chart
     * @return the pieces, row by row (top to bottom), each row left to right
     */
    static List<Piece> cut(Timeline t, double widthMm, double heightMm) {
        int pageWidth = (int) Math.floor(widthMm / MM_PER_PX);
        int pageHeight = (int) Math.floor(heightMm / MM_PER_PX);
        double chartWidth = Math.max(50, pageWidth - TimelinePainter.HEADER_WIDTH);
        double chartHeight = Math.max(Timeline.ROW * 2, pageHeight - TimelinePainter.AXIS_HEIGHT);
        List<double[]> rows = rows(t, chartHeight);
        int columns = Math.max(1, (int) Math.ceil(t.width() / chartWidth));
        List<Piece> pieces = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            double top = rows.get(r)[0];
            int height = (int) Math.ceil(rows.get(r)[1] - top) + TimelinePainter.AXIS_HEIGHT;
            for (int c = 0; c < columns; c++) {
                double left = c * chartWidth;
                int width = (int) Math.ceil(Math.min(chartWidth, t.width() - left)) + TimelinePainter.HEADER_WIDTH;
                pieces.add(new Piece(t, new TimelinePainter.View(left, top, width, height), c, r));
            }
        }
        return pieces;
    }

    /** The chart's stripes from top to bottom, each at most {@code height} high, cut between bars. */
    private static List<double[]> rows(Timeline t, double height) {
        TreeSet<Double> cuts = new TreeSet<>();
        for (Lane lane : t.lanes()) {
            cuts.add(lane.y());
        }
        for (Bar b : t.bars()) {
            cuts.add(b.y() - (Timeline.ROW - Timeline.BAR_HEIGHT) / 2);
        }
        double end = Math.max(t.height(), 1);
        cuts.add(end);
        List<double[]> rows = new ArrayList<>();
        double top = 0;
        while (top < end - 0.5) {
            Double cut = cuts.floor(top + height);
            if (cut == null || cut <= top + 0.5) {
                cut = Math.min(end, top + height); // a single lane taller than a page: cut where the page ends
            }
            rows.add(new double[] {top, cut});
            top = cut;
        }
        if (rows.isEmpty()) {
            rows.add(new double[] {0, end});
        }
        return rows;
    }
}
