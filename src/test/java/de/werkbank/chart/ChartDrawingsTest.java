package de.werkbank.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.werkbank.datencheck.AgeGroup;
import de.werkbank.datencheck.PopulationPyramid.Bar;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The Datencheck's charts as the window shows them and the booklet prints them. */
class ChartDrawingsTest {

    private static final PyramidDrawing.Labels LABELS = new PyramidDrawing.Labels("", "Männer 2019", "Frauen 2019",
            "2011 (Umriss)", "keine Werte");

    private static BufferedImage render(Drawing drawing) {
        var image = new BufferedImage((int) drawing.width(), (int) drawing.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        drawing.paint(g);
        g.dispose();
        return image;
    }

    private static List<Bar> bars() {
        return List.of(new Bar(new AgeGroup(0, 4), 1200, 1100), new Bar(new AgeGroup(5, 9), 2400, 600),
                new Bar(new AgeGroup(10, null), 800, 3000));
    }

    @Test
    void thePyramidsBarsAreAsLongAsTheirPeopleOnOneScaleMenLeftWomenRight() {
        var drawing = new PyramidDrawing(bars(), List.of(), LABELS, Locale.GERMANY, 640, 480);
        Rectangle2D men0 = drawing.barBounds(0, true);
        Rectangle2D men1 = drawing.barBounds(1, true);
        Rectangle2D women2 = drawing.barBounds(2, false);
        assertThat(men1.getWidth() / men0.getWidth()).isCloseTo(2.0, within(1e-9));
        assertThat(women2.getWidth() / men0.getWidth()).isCloseTo(2.5, within(1e-9));
        assertThat(men0.getMaxX()).as("men end at the labels").isLessThan(women2.getMinX());
        assertThat(men0.getMinY()).as("the youngest at the bottom").isGreaterThan(drawing.barBounds(2, true).getMinY());

        BufferedImage image = render(drawing);
        int men = image.getRGB((int) men1.getCenterX(), (int) men1.getCenterY()) & 0xffffff;
        int women = image.getRGB((int) women2.getCenterX(), (int) women2.getCenterY()) & 0xffffff;
        assertThat(men).isEqualTo(Charts.MEN.getRGB() & 0xffffff);
        assertThat(women).isEqualTo(Charts.WOMEN.getRGB() & 0xffffff);
        assertThat(drawing.barAt(men1.getCenterX(), men1.getCenterY())).contains(new PyramidDrawing.Hit(bars().get(1), true));
        assertThat(drawing.barAt(2, 2)).isEmpty();
    }

    @Test
    void anOutlineLargerThanTheBarsWidensTheScaleForBoth() {
        List<Bar> outline = List.of(new Bar(new AgeGroup(0, 4), 6000, 1100));
        var alone = new PyramidDrawing(bars(), List.of(), LABELS, Locale.GERMANY, 640, 480);
        var both = new PyramidDrawing(bars(), outline, LABELS, Locale.GERMANY, 640, 480);
        // the scale ends at 1, 2, 2.5 or 5 times a power of ten: 5,000 for 3,000 alone, 10,000 for the outline's 6,000
        assertThat(both.barBounds(1, true).getWidth() / alone.barBounds(1, true).getWidth())
                .isCloseTo(5000.0 / 10000.0, within(1e-9));
    }

    @Test
    void theScalesEndIsARoundNumberAtOrAboveTheLargestValue() {
        assertThat(PyramidDrawing.niceCeiling(3000)).isEqualTo(5000);
        assertThat(PyramidDrawing.niceCeiling(5000)).isEqualTo(5000);
        assertThat(PyramidDrawing.niceCeiling(5001)).isEqualTo(10000);
        assertThat(PyramidDrawing.niceCeiling(1900)).isEqualTo(2000);
        assertThat(PyramidDrawing.niceCeiling(2100)).isEqualTo(2500);
        assertThat(PyramidDrawing.niceCeiling(0.7)).isEqualTo(1);
    }

    @Test
    void aTimeSeriesPutsEveryYearsDotWhereItsValueIsAndNamesItUnderThePointer() {
        var kreis = new TreeMap<Integer, Double>();
        kreis.put(2011, 100.0);
        kreis.put(2015, 102.5);
        kreis.put(2019, 104.0);
        var heimbach = new TreeMap<Integer, Double>();
        heimbach.put(2011, 100.0);
        heimbach.put(2019, 96.0);
        var drawing = new SeriesDrawing("", List.of(new SeriesDrawing.Line("Kreis Düren", kreis),
                new SeriesDrawing.Line("Heimbach", heimbach)), Locale.GERMANY, 640, 400);
        double[] first = drawing.dotOf(0, 2011).orElseThrow();
        double[] middle = drawing.dotOf(0, 2015).orElseThrow();
        double[] last = drawing.dotOf(0, 2019).orElseThrow();
        double[] low = drawing.dotOf(1, 2019).orElseThrow();
        // years evenly along the axis, values linearly up it
        assertThat(middle[0] - first[0]).isCloseTo((last[0] - first[0]) / 2, within(1e-9));
        assertThat((first[1] - middle[1]) / (first[1] - last[1])).isCloseTo(2.5 / 4.0, within(1e-9));
        assertThat(low[1]).as("96 lies below 100").isGreaterThan(first[1]);
        assertThat(drawing.dotOf(1, 2015)).as("no value, no dot").isEmpty();
        assertThat(drawing.ticks().orElseThrow().lower()).isLessThanOrEqualTo(96.0);
        assertThat(drawing.ticks().orElseThrow().upper()).isGreaterThanOrEqualTo(104.0);

        assertThat(drawing.pointAt(low[0] + 2, low[1] - 2)).contains(new SeriesDrawing.Point("Heimbach", 2019, 96.0));
        assertThat(drawing.pointAt(middle[0], middle[1] - 40)).isEmpty();
        BufferedImage image = render(drawing);
        assertThat(image.getRGB((int) Math.round(middle[0]), (int) Math.round(middle[1])) & 0xffffff)
                .isEqualTo(Charts.line(0).getRGB() & 0xffffff);
    }

    @Test
    void withoutValuesThereIsNoAxisAndNothingUnderThePointer() {
        var drawing = new SeriesDrawing("Bevölkerung", List.of(new SeriesDrawing.Line("Heimbach", new TreeMap<>())),
                Locale.GERMANY, 420, 320);
        assertThat(drawing.ticks()).isEmpty();
        assertThat(drawing.pointAt(100, 100)).isEmpty();
        render(drawing);
    }
}
