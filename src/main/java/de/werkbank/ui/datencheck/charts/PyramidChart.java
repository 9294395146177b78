package de.werkbank.ui.datencheck.charts;

import de.werkbank.datencheck.PopulationPyramid;
import de.werkbank.i18n.Messages;
import java.text.NumberFormat;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A population pyramid: one row per age group, the youngest at the bottom, men to the left and women
 * to the right of the age labels, on one scale; a second year can be laid over as an outline.
 */
public final class PyramidChart extends Region {

    static final Color MEN = Color.web("#3b6ea8");
    static final Color WOMEN = Color.web("#c8553d");
    private static final double LABELS = 56;
    private static final double TOP = 34;
    private static final double BOTTOM = 30;
    private static final double SIDE = 16;

    private final ObservableList<PopulationPyramid.Bar> bars;
    private final ObservableList<PopulationPyramid.Bar> outline;
    private String yearText = "";
    private String outlineText = "";

    public PyramidChart(ObservableList<PopulationPyramid.Bar> bars, ObservableList<PopulationPyramid.Bar> outline) {
        this.bars = bars;
        this.outline = outline;
        getStyleClass().add("pyramid-chart");
        setMinSize(320, 240);
        setPrefSize(640, 480);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        ListChangeListener<PopulationPyramid.Bar> redraw = c -> requestLayout();
        bars.addListener(redraw);
        outline.addListener(redraw);
    }

    /** The years the legend names: the bars' and the outline's. */
    public void setYears(String year, String outlineYear) {
        yearText = year;
        outlineText = outlineYear;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        getChildren().clear();
        double w = getWidth();
        double h = getHeight();
        if (bars.isEmpty()) {
            getChildren().add(text(Messages.tr("ui.chart.pyramid.empty"), w / 2, h / 2, TextAlignment.CENTER));
            return;
        }
        List<PopulationPyramid.Bar> drawn = bars;
        double largest = Math.max(PopulationPyramid.largest(drawn), PopulationPyramid.largest(outline));
        double top = niceCeiling(largest);
        double half = (w - LABELS - 2 * SIDE) / 2;
        double leftAxis = SIDE + half;
        double rightAxis = leftAxis + LABELS;
        double rowHeight = (h - TOP - BOTTOM) / drawn.size();
        NumberFormat format = NumberFormat.getIntegerInstance(Messages.get().locale());
        for (int i = 0; i < drawn.size(); i++) {
            PopulationPyramid.Bar bar = drawn.get(i);
            double y = h - BOTTOM - (i + 1) * rowHeight;
            double menWidth = bar.men() / top * half;
            double womenWidth = bar.women() / top * half;
            getChildren().add(bar(leftAxis - menWidth, y + 1, menWidth, rowHeight - 2, MEN, "pyramid-men",
                    Messages.tr("ui.chart.pyramid.men", bar.label(), format.format(bar.men()))));
            getChildren().add(bar(rightAxis, y + 1, womenWidth, rowHeight - 2, WOMEN, "pyramid-women",
                    Messages.tr("ui.chart.pyramid.women", bar.label(), format.format(bar.women()))));
            Text label = text(bar.label(), leftAxis + LABELS / 2, y + rowHeight / 2, TextAlignment.CENTER);
            getChildren().add(label);
        }
        for (PopulationPyramid.Bar bar : outline) {
            int row = rowOf(drawn, bar);
            if (row < 0) {
                continue;
            }
            double y = h - BOTTOM - (row + 1) * rowHeight;
            getChildren().add(outline(leftAxis - bar.men() / top * half, y + 1, bar.men() / top * half, rowHeight - 2));
            getChildren().add(outline(rightAxis, y + 1, bar.women() / top * half, rowHeight - 2));
        }
        axis(leftAxis, rightAxis, half, top, h, format);
        legend(w);
    }

    private void axis(double leftAxis, double rightAxis, double half, double top, double h, NumberFormat format) {
        double y = h - BOTTOM;
        getChildren().add(line(SIDE, y, leftAxis, y));
        getChildren().add(line(rightAxis, y, rightAxis + half, y));
        for (double f : new double[] {0, 0.5, 1}) {
            String value = format.format(top * f);
            getChildren().add(line(leftAxis - f * half, y, leftAxis - f * half, y + 4));
            getChildren().add(line(rightAxis + f * half, y, rightAxis + f * half, y + 4));
            getChildren().add(text(value, leftAxis - f * half, y + 14, TextAlignment.CENTER));
            getChildren().add(text(value, rightAxis + f * half, y + 14, TextAlignment.CENTER));
        }
    }

    private void legend(double w) {
        double y = 14;
        var men = new Rectangle(SIDE, y - 6, 12, 12);
        men.setFill(MEN);
        var women = new Rectangle(w - SIDE - 12, y - 6, 12, 12);
        women.setFill(WOMEN);
        getChildren().addAll(men, women,
                text(Messages.tr("ui.chart.pyramid.menLegend", yearText), SIDE + 18, y, TextAlignment.LEFT),
                text(Messages.tr("ui.chart.pyramid.womenLegend", yearText), w - SIDE - 18, y, TextAlignment.RIGHT));
        if (!outline.isEmpty()) {
            var box = outline(w / 2 - 60, y - 6, 12, 12);
            getChildren().addAll(box, text(Messages.tr("ui.chart.pyramid.outlineLegend", outlineText), w / 2 - 42, y,
                    TextAlignment.LEFT));
        }
    }

    private static int rowOf(List<PopulationPyramid.Bar> bars, PopulationPyramid.Bar bar) {
        for (int i = 0; i < bars.size(); i++) {
            if (bars.get(i).group().equals(bar.group())) {
                return i;
            }
        }
        return -1;
    }

    private static Rectangle bar(double x, double y, double w, double h, Color fill, String style, String text) {
        var r = new Rectangle(x, y, Math.max(0, w), Math.max(1, h));
        r.setFill(fill);
        r.getStyleClass().add(style);
        r.setAccessibleText(text);
        Tooltip.install(r, new Tooltip(text));
        return r;
    }

    private static Rectangle outline(double x, double y, double w, double h) {
        var r = new Rectangle(x, y, Math.max(0, w), Math.max(1, h));
        r.setFill(Color.TRANSPARENT);
        r.setStroke(Color.web("#1f1f1f"));
        r.setStrokeWidth(1.5);
        r.getStyleClass().add("pyramid-outline");
        r.setMouseTransparent(true);
        return r;
    }

    private static Line line(double x1, double y1, double x2, double y2) {
        var l = new Line(x1, y1, x2, y2);
        l.setStroke(Color.web("#777777"));
        return l;
    }

    private static Text text(String s, double x, double y, TextAlignment align) {
        var t = new Text(s);
        t.setFont(Font.font(12));
        t.setTextOrigin(VPos.CENTER);
        double width = t.getLayoutBounds().getWidth();
        t.setX(align == TextAlignment.CENTER ? x - width / 2 : align == TextAlignment.RIGHT ? x - width : x);
        t.setY(y);
        t.setFill(Color.web("#333333"));
        return t;
    }

    /** A round number at or above {@code value} for the scale's end: 1, 2, 2.5 or 5 times a power of ten. */
    static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
