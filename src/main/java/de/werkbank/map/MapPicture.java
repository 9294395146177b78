package de.werkbank.map;

import de.werkbank.i18n.Messages;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Envelope;

/**
 * Draws a choropleth with its title, legend (class limits and counts, "no data", the measures layer)
 * and source line — the same picture on screen and in an exported PNG. Works headless (Java2D).
 * The shapes' screen paths are cached per scale, simplified to whole pixels; panning only moves them,
 * and shapes outside the view are not drawn.
 */
public final class MapPicture {

    private static final Color WATER = new Color(0xf4f6f8);
    private static final Color OUTLINE = new Color(0x5b6470);
    private static final Color TEXT = new Color(0x1f2328);
    private static final int FOOTER = 26;
    private static final int MARGIN = 12;

    private final MapShapes shapes;
    private final Path2D.Float[] paths;
    private int[] fills;
    private Choropleth choropleth;
    private double pathScale = Double.NaN;
    private volatile List<String> labelled = List.of();

    public MapPicture(MapShapes shapes) {
        this.shapes = shapes;
        this.paths = new Path2D.Float[shapes.shapes().size()];
        this.fills = new int[paths.length];
        java.util.Arrays.fill(fills, Palette.NO_DATA);
    }

    public MapShapes shapes() {
        return shapes;
    }

    /** The keys of the areas whose names the last painting wrote into them (the others' show on hover). */
    public List<String> labelled() {
        return labelled;
    }

    /** Colours the areas by the choropleth's classes. */
    public void show(Choropleth c) {
        choropleth = c;
        int[] next = new int[paths.length];
        List<MapShapes.Shape> list = shapes.shapes();
        for (int i = 0; i < next.length; i++) {
            next[i] = c.colourOf(list.get(i).key());
        }
        fills = next;
    }

    public Optional<Choropleth> choropleth() {
        return Optional.ofNullable(choropleth);
    }

    /** The RGB fill of an area as last drawn, or empty if the map has no such area. */
    public Optional<Integer> fillOf(String key) {
        List<MapShapes.Shape> list = shapes.shapes();
        return IntStream.range(0, list.size()).filter(i -> list.get(i).key().equals(key)).mapToObj(i -> fills[i]).findFirst();
    }

    /** The part of a {@code width × height} picture the map itself takes (legend right, source line below). */
    public static Rectangle mapArea(int width, int height) {
        int legend = (int) Math.min(240, Math.max(150, width * 0.24));
        return new Rectangle(0, 0, Math.max(1, width - legend), Math.max(1, height - FOOTER));
    }

    /** The viewport that shows all areas in the map part of a {@code width × height} picture. */
    public Viewport fit(int width, int height) {
        Rectangle area = mapArea(width, height);
        Envelope b = shapes.bounds();
        if (b.isNull() || b.getWidth() == 0 || b.getHeight() == 0) {
            return new Viewport(1, area.getCenterX(), area.getCenterY());
        }
        double pad = MARGIN * 2 + 28;
        double scale = Math.min((area.width - pad) / b.getWidth(), (area.height - pad) / b.getHeight());
        double tx = area.getCenterX() - b.centre().x * scale;
        double ty = area.getCenterY() + 10 + b.centre().y * scale;
        return new Viewport(scale, tx, ty);
    }

    /** The height a picture of this width needs to show the map at its own proportions. */
    public int heightFor(int width) {
        Envelope b = shapes.bounds();
        int mapWidth = mapArea(width, 1000).width;
        double ratio = b.isNull() || b.getWidth() == 0 ? 0.75 : b.getHeight() / b.getWidth();
        return (int) Math.round(Math.max(0.55 * width, Math.min(1.3 * width, mapWidth * ratio + 60))) + FOOTER;
    }

    /** The area under a screen point. */
    public Optional<String> keyAt(Viewport v, double sx, double sy) {
        return shapes.keyAt(v.mapX(sx), v.mapY(sy));
    }

    /** Renders into a new image (e.g. for a PNG). */
    public BufferedImage render(int width, int height, Viewport v, Overlay overlay) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            paint(g, width, height, v, overlay);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Paints the whole picture: map, title, legend and source line. */
    public void paint(Graphics2D g, int width, int height, Viewport v, Overlay overlay) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        Rectangle area = mapArea(width, height);
        g.setColor(WATER);
        g.fill(area);
        paintAreas(g, area, v, overlay);
        paintTitle(g, area);
        paintLegend(g, new Rectangle(area.width, 0, width - area.width, area.height), overlay);
        paintSource(g, new Rectangle(0, area.height, width, height - area.height));
    }

    private void paintAreas(Graphics2D g, Rectangle area, Viewport v, Overlay overlay) {
        if (v.scale() != pathScale) {
            java.util.Arrays.fill(paths, null);
            pathScale = v.scale();
        }
        var clip = g.getClip();
        AffineTransform before = g.getTransform();
        g.clip(area);
        g.translate(v.tx(), v.ty());
        double left = -v.tx();
        double top = -v.ty();
        var visible = new Rectangle((int) Math.floor(left), (int) Math.floor(top), area.width + 1, area.height + 1);
        List<MapShapes.Shape> list = shapes.shapes();
        // outlines only where areas are big enough on screen to need them: stroking costs more than filling
        boolean outlined = list.size() < 2000 || v.scale() * averageSize() > 8;
        g.setStroke(new BasicStroke(0.8f));
        java.util.Map<Integer, Color> colours = new java.util.HashMap<>();
        List<AreaFill.Item> items = new ArrayList<>();
        for (int i = 0; i < paths.length; i++) {
            MapShapes.Shape s = list.get(i);
            if (intersects(s.bounds(), v, visible)) {
                Envelope b = s.bounds();
                items.add(new AreaFill.Item(path(i, s), colours.computeIfAbsent(fills[i], Color::new),
                        new java.awt.geom.Rectangle2D.Double(b.getMinX() * v.scale(), -b.getMaxY() * v.scale(),
                                b.getWidth() * v.scale(), b.getHeight() * v.scale())));
            }
        }
        AreaFill.paint(g, visible, items, outlined ? OUTLINE : null);
        paintOverlay(g, v, overlay, visible);
        g.setTransform(before);
        g.setClip(clip);
    }

    private double averageSize() {
        Envelope b = shapes.bounds();
        return b.isNull() ? 1 : Math.sqrt(b.getArea() / Math.max(1, shapes.shapes().size()));
    }

    private void paintOverlay(Graphics2D g, Viewport v, Overlay overlay, Rectangle visible) {
        // the usual size, and a smaller one for a name that has room only in it
        FontMetrics[] sizes = {g.getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 11)),
                g.getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 9))};
        List<MapShapes.Shape> list = shapes.shapes();
        // a label that would run into one already drawn is left out (the larger areas come first)
        List<java.awt.geom.Rectangle2D> drawn = new ArrayList<>();
        List<String> named = new ArrayList<>();
        List<Integer> largestFirst = new ArrayList<>();
        for (int i = 0; i < paths.length; i++) {
            largestFirst.add(i);
        }
        largestFirst.sort((a, b) -> Double.compare(list.get(b).bounds().getArea(), list.get(a).bounds().getArea()));
        for (int i : largestFirst) {
            MapShapes.Shape s = list.get(i);
            double w = s.bounds().getWidth() * v.scale();
            double h = s.bounds().getHeight() * v.scale();
            if (w < 40 || h < 18 || !intersects(s.bounds(), v, visible)) {
                continue;
            }
            // wholly inside the area, clear of the others (LabelPlace); else left out (its name shows on hover)
            java.awt.geom.Rectangle2D.Float box = null;
            FontMetrics fm = null;
            for (int k = 0; k < sizes.length && box == null; k++) {
                fm = sizes[k];
                int tw = fm.stringWidth(s.name());
                box = tw + 6 > w ? null : LabelPlace.find(path(i, s), s.bounds(), v.scale(), shapes.labelPoint(s), tw, fm,
                        drawn).orElse(null);
            }
            if (box == null) {
                continue;
            }
            g.setFont(fm.getFont());
            drawn.add(box);
            named.add(s.key());
            float x = box.x + 3;
            float y = box.y + fm.getAscent();
            boolean dark = luminance(fills[i]) < 0.45;
            g.setColor(dark ? new Color(0, 0, 0, 90) : new Color(255, 255, 255, 150));
            g.drawString(s.name(), x + 0.7f, y + 0.7f);
            g.setColor(dark ? Color.WHITE : TEXT);
            g.drawString(s.name(), x, y);
        }
        labelled = List.copyOf(named);
        if (!overlay.measures().isEmpty()) {
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Font badge = new Font(Font.SANS_SERIF, Font.BOLD, 11);
            for (var e : overlay.measures().entrySet()) {
                shapes.shape(e.getKey()).ifPresent(s -> {
                    g.setColor(new Color(0xd9480f));
                    g.draw(path(list.indexOf(s), s));
                    double[] p = shapes.labelPoint(s);
                    int cx = (int) Math.round(p[0] * v.scale());
                    int cy = (int) Math.round(-p[1] * v.scale()) + 14;
                    g.fillOval(cx - 9, cy - 9, 18, 18);
                    g.setColor(Color.WHITE);
                    g.setFont(badge);
                    String n = String.valueOf(e.getValue());
                    g.drawString(n, cx - g.getFontMetrics().stringWidth(n) / 2f, cy + 4f);
                });
            }
        }
        for (String key : new String[] {overlay.hovered(), overlay.selected()}) {
            if (key == null) {
                continue;
            }
            shapes.shape(key).ifPresent(s -> {
                boolean selected = key.equals(overlay.selected());
                g.setStroke(new BasicStroke(selected ? 3f : 2f));
                g.setColor(selected ? new Color(0x0b5cad) : new Color(0x1f2328));
                g.draw(path(list.indexOf(s), s));
            });
        }
    }

    private static double luminance(int rgb) {
        return (0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff)) / 255;
    }

    private static boolean intersects(Envelope b, Viewport v, Rectangle visible) {
        double x0 = b.getMinX() * v.scale();
        double x1 = b.getMaxX() * v.scale();
        double y0 = -b.getMaxY() * v.scale();
        double y1 = -b.getMinY() * v.scale();
        return x1 >= visible.x && x0 <= visible.x + visible.width && y1 >= visible.y && y0 <= visible.y + visible.height;
    }

    /** The shape's path at the current scale (not translated), vertices closer than half a pixel dropped. */
    private Path2D.Float path(int i, MapShapes.Shape s) {
        Path2D.Float p = paths[i];
        if (p != null) {
            return p;
        }
        float scale = (float) pathScale;
        p = new Path2D.Float(Path2D.WIND_EVEN_ODD);
        for (float[] xy : s.rings()) {
            int n = xy.length / 2;
            float lastX = xy[0] * scale;
            float lastY = -xy[1] * scale;
            p.moveTo(lastX, lastY);
            int kept = 1;
            for (int k = 1; k < n; k++) {
                float x = xy[2 * k] * scale;
                float y = -xy[2 * k + 1] * scale;
                if (Math.abs(x - lastX) >= 0.5f || Math.abs(y - lastY) >= 0.5f || k == n - 1) {
                    p.lineTo(x, y);
                    lastX = x;
                    lastY = y;
                    kept++;
                }
            }
            if (kept < 3) {
                p.lineTo(lastX + 0.6f, lastY);
                p.lineTo(lastX + 0.6f, lastY + 0.6f);
            }
            p.closePath();
        }
        paths[i] = p;
        return p;
    }

    private void paintTitle(Graphics2D g, Rectangle area) {
        if (choropleth == null) {
            return;
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.setColor(TEXT);
        g.drawString(choropleth.title(), area.x + MARGIN, area.y + MARGIN + 12);
    }

    private void paintLegend(Graphics2D g, Rectangle box, Overlay overlay) {
        g.setColor(Color.WHITE);
        g.fill(box);
        int x = box.x + MARGIN;
        int y = box.y + MARGIN + 12;
        g.setColor(TEXT);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        g.drawString(Messages.tr("map.legend.title"), x, y);
        y += 10;
        long noData = shapes.shapes().stream().filter(s -> choropleth == null || !choropleth.values().containsKey(s.key())).count();
        List<String> rows = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        if (choropleth != null && !choropleth.values().isEmpty()) {
            Classes c = choropleth.classes();
            rows.addAll(LegendRows.of(c, choropleth.decimals(), Messages.get().locale()));
            for (int i = 0; i < c.size(); i++) {
                counts.add("(" + c.count(i) + ")");
            }
        }
        rows.add(Messages.tr("map.legend.noData"));
        counts.add("(" + noData + ")");
        // as large as lets every row's limits and count stand side by side in the legend's width
        g.setFont(fitting(g, rows, counts, box.width - 2 * MARGIN - 24, 12, 8));
        if (choropleth != null && !choropleth.values().isEmpty()) {
            int[] colours = choropleth.colours();
            for (int i = 0; i < rows.size() - 1; i++) {
                y += 20;
                swatch(g, x, y, new Color(colours[i]));
                g.setColor(TEXT);
                g.drawString(rows.get(i), x + 24, y);
                g.drawString(counts.get(i), box.x + box.width - MARGIN - g.getFontMetrics().stringWidth(counts.get(i)), y);
            }
        }
        y += 24;
        swatch(g, x, y, new Color(Palette.NO_DATA));
        g.setColor(TEXT);
        g.drawString(Messages.tr("map.legend.noData"), x + 24, y);
        String count = "(" + noData + ")";
        g.drawString(count, box.x + box.width - MARGIN - g.getFontMetrics().stringWidth(count), y);
        if (!overlay.measures().isEmpty()) {
            y += 24;
            g.setColor(new Color(0xd9480f));
            g.setStroke(new BasicStroke(2.5f));
            g.drawRect(x + 1, y - 11, 14, 12);
            g.setColor(TEXT);
            g.drawString(Messages.tr("map.legend.measures"), x + 24, y);
        }
    }

    /** The largest plain font (from {@code max} down to {@code min} points) in which each text and its count fit {@code width}. */
    private static Font fitting(Graphics2D g, List<String> texts, List<String> counts, int width, int max, int min) {
        for (int size = max; ; size--) {
            Font font = new Font(Font.SANS_SERIF, Font.PLAIN, size);
            var metrics = g.getFontMetrics(font);
            boolean fits = true;
            for (int i = 0; i < texts.size() && fits; i++) {
                fits = metrics.stringWidth(texts.get(i)) + metrics.stringWidth(" " + counts.get(i)) <= width;
            }
            if (fits || size <= min) {
                return font;
            }
        }
    }

    private static void swatch(Graphics2D g, int x, int y, Color colour) {
        g.setColor(colour);
        g.fillRect(x, y - 12, 16, 14);
        g.setColor(OUTLINE);
        g.setStroke(new BasicStroke(0.8f));
        g.drawRect(x, y - 12, 16, 14);
    }

    private void paintSource(Graphics2D g, Rectangle box) {
        g.setColor(Color.WHITE);
        g.fill(box);
        g.setColor(new Color(0x57606a));
        String text = shapes.sourceLines().isEmpty() ? Messages.tr("map.noBoundaries")
                : String.join(" · ", shapes.sourceLines().stream().map(SourceLine::shown).toList());
        // smaller type for a long line in a narrow picture, and the rest cut with an ellipsis if even that is too wide
        int width = box.width - 2 * MARGIN;
        g.setFont(fitting(g, List.of(text), List.of(""), width, 11, 8));
        g.drawString(SourceLine.cut(text, g.getFontMetrics(), width), box.x + MARGIN, box.y + box.height / 2 + 4);
    }
}
