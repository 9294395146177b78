package de.werkbank.map;

import de.werkbank.area.Area;
import de.werkbank.geo.StoredBoundary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * The areas of a map, projected once for the screen (equirectangular, scaled by the cosine of the
 * middle latitude, which keeps a Kreis or a Land true to shape; y grows northwards), with a spatial
 * index for finding the area under the pointer. Only areas of one level are drawn: the level most
 * boundaries belong to, so that a Kreis outline does not cover its Kommunen.
 */
public final class MapShapes {

    /** One area: its rings as {@code x0, y0, x1, y1, …} in map units, and its bounds. */
    public record Shape(String key, String name, List<float[]> rings, Envelope bounds) {
    }

    private final List<Shape> shapes;
    private final Map<String, Shape> byKey = new HashMap<>();
    private final Map<String, double[]> labelPoints = new HashMap<>();
    private final Envelope bounds = new Envelope();
    private final STRtree index = new STRtree();
    private final List<String> sourceLines;
    private final double cosLat;

    private MapShapes(List<Shape> shapes, List<String> sourceLines, double cosLat) {
        this.shapes = List.copyOf(shapes);
        this.sourceLines = List.copyOf(sourceLines);
        this.cosLat = cosLat;
        for (Shape s : shapes) {
            byKey.put(s.key(), s);
            bounds.expandToInclude(s.bounds());
            index.insert(s.bounds(), s);
        }
        if (!shapes.isEmpty()) {
            index.build();
        }
    }

    /**
     * The map of the stored boundaries whose areas are known, at one level: the Kommunen where any
     * boundary is a Kommune's, else the level most boundaries belong to.
     */
    public static MapShapes of(List<StoredBoundary> boundaries, Collection<Area> areas) {
        Map<String, Area> byKey = areas.stream().collect(Collectors.toMap(Area::key, Function.identity()));
        Map<Area.Level, Long> levels = boundaries.stream().filter(b -> byKey.containsKey(b.areaKey()))
                .collect(Collectors.groupingBy(b -> byKey.get(b.areaKey()).level(), Collectors.counting()));
        Area.Level level = levels.containsKey(Area.Level.KOMMUNE) ? Area.Level.KOMMUNE
                : levels.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(Area.Level.KOMMUNE);
        return of(boundaries, areas, new MapLevel(level, null));
    }

    /** The levels that have boundaries, from the top down. */
    public static List<Area.Level> levels(List<StoredBoundary> boundaries, Collection<Area> areas) {
        Map<String, Area> byKey = areas.stream().collect(Collectors.toMap(Area::key, Function.identity()));
        return boundaries.stream().map(b -> byKey.get(b.areaKey())).filter(java.util.Objects::nonNull)
                .map(Area::level).distinct().sorted().toList();
    }

    /** The map of the stored boundaries of the areas a level holds (all drawn, with data or without). */
    public static MapShapes of(List<StoredBoundary> boundaries, Collection<Area> areas, MapLevel shown) {
        Map<String, Area> byKey = areas.stream().collect(Collectors.toMap(Area::key, Function.identity()));
        List<StoredBoundary> chosen = boundaries.stream()
                .filter(b -> byKey.containsKey(b.areaKey()) && shown.holds(byKey.get(b.areaKey()))).toList();
        WKBReader reader = new WKBReader(new GeometryFactory());
        List<List<double[]>> geometries = new ArrayList<>(chosen.size());
        Envelope lonLat = new Envelope();
        for (StoredBoundary b : chosen) {
            List<double[]> rings = WkbRings.read(b.wkb());
            if (rings == null) {
                try {
                    rings = rings(reader.read(b.wkb()));
                } catch (ParseException e) {
                    throw new IllegalStateException("stored boundary of " + b.areaKey() + " is not WKB", e);
                }
            }
            for (double[] xy : rings) {
                for (int i = 0; i < xy.length; i += 2) {
                    lonLat.expandToInclude(xy[i], xy[i + 1]);
                }
            }
            geometries.add(rings);
        }
        double cosLat = lonLat.isNull() ? 1 : Math.cos(Math.toRadians((lonLat.getMinY() + lonLat.getMaxY()) / 2));
        List<Shape> shapes = new ArrayList<>(chosen.size());
        Set<String> sources = new LinkedHashSet<>();
        for (int i = 0; i < chosen.size(); i++) {
            StoredBoundary b = chosen.get(i);
            shapes.add(shape(b.areaKey(), byKey.get(b.areaKey()).name(), geometries.get(i), cosLat));
            sources.add(b.sourceLine());
        }
        return new MapShapes(shapes, new ArrayList<>(sources), cosLat);
    }

    /** A geometry's rings as {@link WkbRings} gives them: each polygon's shell, then its holes. */
    static List<double[]> rings(Geometry g) {
        List<double[]> rings = new ArrayList<>();
        for (int p = 0; p < g.getNumGeometries(); p++) {
            Polygon polygon = (Polygon) g.getGeometryN(p);
            for (int r = -1; r < polygon.getNumInteriorRing(); r++) {
                LinearRing ring = r < 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r);
                var seq = ring.getCoordinateSequence();
                double[] xy = new double[seq.size() * 2];
                for (int i = 0; i < seq.size(); i++) {
                    xy[2 * i] = seq.getX(i);
                    xy[2 * i + 1] = seq.getY(i);
                }
                rings.add(xy);
            }
        }
        return rings;
    }

    private static Shape shape(String key, String name, List<double[]> lonLatRings, double cosLat) {
        List<float[]> rings = new ArrayList<>(lonLatRings.size());
        Envelope e = new Envelope();
        for (double[] lonLat : lonLatRings) {
            float[] xy = new float[lonLat.length];
            for (int i = 0; i < xy.length; i += 2) {
                xy[i] = (float) (lonLat[i] * cosLat);
                xy[i + 1] = (float) lonLat[i + 1];
                e.expandToInclude(xy[i], xy[i + 1]);
            }
            rings.add(xy);
        }
        return new Shape(key, name, rings, e);
    }

    public List<Shape> shapes() {
        return shapes;
    }

    public Optional<Shape> shape(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /**
     * The values of the areas drawn on this map: a value of an area without a shape (the Kreis above
     * its Kommunen, say) must neither shift the classes nor be counted in the legend.
     */
    public Map<String, Double> onMap(Map<String, Double> values) {
        Map<String, Double> drawn = new HashMap<>();
        values.forEach((key, value) -> {
            if (byKey.containsKey(key)) {
                drawn.put(key, value);
            }
        });
        return drawn;
    }

    /** The bounds of all shapes in map units (null envelope when there are none). */
    public Envelope bounds() {
        return new Envelope(bounds);
    }

    public boolean isEmpty() {
        return shapes.isEmpty();
    }

    /** The source lines of the imports the shapes came from, in order. */
    public List<String> sourceLines() {
        return sourceLines;
    }

    /** Map units of a longitude/latitude. */
    public double[] project(double lon, double lat) {
        return new double[] {lon * cosLat, lat};
    }

    /** The area containing the point (map units), if any. */
    public Optional<String> keyAt(double x, double y) {
        @SuppressWarnings("unchecked")
        List<Shape> candidates = index.query(new Envelope(x, x, y, y));
        for (Shape s : candidates) {
            if (contains(s, x, y)) {
                return Optional.of(s.key());
            }
        }
        return Optional.empty();
    }

    /** A point well inside the area's largest ring for its label (computed once per area). */
    public double[] labelPoint(Shape s) {
        return labelPoints.computeIfAbsent(s.key(), k -> {
            float[] largest = null;
            double largestArea = -1;
            for (float[] xy : s.rings()) {
                double area = Math.abs(org.locationtech.jts.algorithm.Area.ofRing(coordinates(xy)));
                if (area > largestArea) {
                    largest = xy;
                    largestArea = area;
                }
            }
            GeometryFactory f = new GeometryFactory();
            Coordinate p = InteriorPointArea.getInteriorPoint(f.createPolygon(coordinates(largest)));
            return p == null ? new double[] {s.bounds().centre().x, s.bounds().centre().y} : new double[] {p.x, p.y};
        });
    }

    private static Coordinate[] coordinates(float[] xy) {
        Coordinate[] c = new Coordinate[xy.length / 2];
        for (int i = 0; i < c.length; i++) {
            c[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        return c;
    }

    /** Even–odd rule over all rings: inside a shell and not inside one of its holes. */
    static boolean contains(Shape s, double x, double y) {
        if (!s.bounds().contains(x, y)) {
            return false;
        }
        boolean inside = false;
        for (float[] xy : s.rings()) {
            int n = xy.length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double yi = xy[2 * i + 1];
                double yj = xy[2 * j + 1];
                if ((yi > y) != (yj > y)) {
                    double xi = xy[2 * i];
                    double xj = xy[2 * j];
                    if (x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                        inside = !inside;
                    }
                }
            }
        }
        return inside;
    }
}
