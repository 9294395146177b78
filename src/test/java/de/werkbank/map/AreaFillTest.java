package de.werkbank.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A map of many areas painted in two bands looks exactly as painted in one go. */
class AreaFillTest {

    @Test
    void twoBandsGiveEveryPixelWhatOneGoGives() {
        List<AreaFill.Item> items = areas(3_000, new Random(7));
        Rectangle visible = new Rectangle(0, 0, 400, 300);
        for (Color outline : new Color[] {null, new Color(0x5b6470)}) {
            int[] banded = pixels(visible, g -> AreaFill.paint(g, visible, items, outline));
            int[] whole = pixels(visible, g -> AreaFill.paintBand(g, null, items, outline));
            assertThat(banded).isEqualTo(whole);
            // and the map is painted: many colours, not the white it started with
            assertThat(java.util.Arrays.stream(banded).distinct().count()).isGreaterThan(100);
        }
    }

    /** Overlapping triangles of many colours over the whole picture, across the middle too. */
    private static List<AreaFill.Item> areas(int n, Random random) {
        List<AreaFill.Item> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            float x = random.nextFloat() * 400;
            float y = random.nextFloat() * 300;
            Path2D.Float p = new Path2D.Float(Path2D.WIND_EVEN_ODD);
            p.moveTo(x, y);
            p.lineTo(x + 3 + random.nextFloat() * 20, y + random.nextFloat() * 7.3f);
            p.lineTo(x + random.nextFloat() * 5, y + 2 + random.nextFloat() * 25.7f);
            p.closePath();
            Rectangle2D b = p.getBounds2D();
            items.add(new AreaFill.Item(p, new Color(random.nextInt(0xffffff)), b));
        }
        return items;
    }

    private static int[] pixels(Rectangle visible, Consumer<Graphics2D> paint) {
        BufferedImage image = new BufferedImage(visible.width, visible.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setStroke(new BasicStroke(0.8f));
        g.setColor(Color.WHITE);
        g.fill(visible);
        paint.accept(g);
        g.dispose();
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData().clone();
    }
}
