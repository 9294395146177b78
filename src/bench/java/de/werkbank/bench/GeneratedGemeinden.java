package de.werkbank.bench;

import de.werkbank.geo.ShapefileWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.algorithm.distance.DistanceToPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Boundaries shaped like Germany's Gemeinden (VG250), made up from a seed (the same seed gives the same
 * shapes): a Voronoi tessellation of seeds over Germany's extent in ETRS89 / UTM 32N (denser in some
 * regions than in others, so areas differ in size), whose edges are subdivided and jittered once and
 * used by both neighbours (shared, crooked borders), plus enclaves (an area inside another, which has
 * it as a hole) and North Sea islands (more parts of the coastal areas). Vertices are spread like
 * VG250's: a median of about 80 per area, several thousand for the most detailed (coast, islands).
 *
 * <p>Use: {@code GeneratedGemeinden.of(11_000, 42)} and {@link #gemeinden()}, {@link #vertices()}, or
 * {@link #writeShapefile(Path, String)} for a shapefile with a {@code .prj} of UTM 32N.
 */
public final class GeneratedGemeinden {

    /** Germany's extent in UTM 32N, metres. */
    public static final Envelope EXTENT = new Envelope(280_000, 920_000, 5_240_000, 6_100_000);
    /** The {@code .prj} of the written shapefile. */
    public static final String PRJ_UTM_32N = "PROJCS[\"ETRS_1989_UTM_Zone_32N\",GEOGCS[\"GCS_ETRS_1989\"]]";
    private static final int MEDIAN_VERTICES = 80;

    /**
     * One Gemeinde: its AGS (8 digits), name, and rings ({@code x0, y0, x1, y1, …} in UTM 32N metres,
     * closed) with shells clockwise and holes counter-clockwise, as a shapefile keeps them.
     */
    public record Gemeinde(String ags, String name, List<double[]> rings) {

        public int vertices() {
            return rings.stream().mapToInt(r -> r.length / 2).sum();
        }
    }

    private final List<Gemeinde> gemeinden;

    private GeneratedGemeinden(List<Gemeinde> gemeinden) {
        this.gemeinden = List.copyOf(gemeinden);
    }

    /** {@code count} Gemeinden (at least 100) made from {@code seed}. */
    public static GeneratedGemeinden of(int count, long seed) {
        return new GeneratedGemeinden(new Tessellation(count, new Random(seed)).build());
    }

    public List<Gemeinde> gemeinden() {
        return gemeinden;
    }

    /** All vertices of all rings. */
    public int vertices() {
        return gemeinden.stream().mapToInt(Gemeinde::vertices).sum();
    }

    /** The median of the areas' vertex counts. */
    public int medianVertices() {
        int[] v = gemeinden.stream().mapToInt(Gemeinde::vertices).sorted().toArray();
        return v[v.length / 2];
    }

    public int maxVertices() {
        return gemeinden.stream().mapToInt(Gemeinde::vertices).max().orElse(0);
    }

    /** Areas of more than one shell. */
    public long multipolygons() {
        return gemeinden.stream().filter(g -> g.rings().stream().filter(r -> !ccw(r)).count() > 1).count();
    }

    /** Rings that are holes. */
    public long holes() {
        return gemeinden.stream().mapToLong(g -> g.rings().stream().filter(GeneratedGemeinden::ccw).count()).sum();
    }

    /** Writes {@code base.shp/.shx/.dbf/.prj} (fields AGS and GEN, UTF-8) and returns the {@code .shp}. */
    public Path writeShapefile(Path dir, String base) throws IOException {
        List<List<double[]>> shapes = gemeinden.stream().map(Gemeinde::rings).toList();
        List<List<String>> rows = gemeinden.stream().map(g -> List.of(g.ags(), g.name())).toList();
        Path shp = ShapefileWriter.write(dir, base, shapes, List.of(new ShapefileWriter.Field("AGS", 'C', 8),
                new ShapefileWriter.Field("GEN", 'C', 40)), rows, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(base + ".prj"), PRJ_UTM_32N);
        return shp;
    }

    private static boolean ccw(double[] ring) {
        return Orientation.isCCW(coordinates(ring));
    }

    private static Coordinate[] coordinates(double[] ring) {
        Coordinate[] c = new Coordinate[ring.length / 2];
        for (int i = 0; i < c.length; i++) {
            c[i] = new Coordinate(ring[2 * i], ring[2 * i + 1]);
        }
        return c;
    }

    /** The making of one set: seeds, cells, shared jittered edges, enclaves and islands. */
    private static final class Tessellation {

        private final int count;
        private final Random random;
        private final double[][] densityBumps;
        private final double[][] detailBumps;
        private final JitteredEdges edges;
        private double step;

        Tessellation(int count, Random random) {
            if (count < 100) {
                throw new IllegalArgumentException("at least 100 Gemeinden");
            }
            this.count = count;
            this.random = random;
            this.densityBumps = bumps(14, 30_000, 110_000, 0.3, 2.5);
            this.detailBumps = bumps(12, 40_000, 150_000, -1.8, 1.8);
            this.edges = new JitteredEdges(random, (p, q) -> segments(p.distance(q) * detail(p.x, p.y, q.x, q.y), step));
        }

        /** Gaussian bumps {@code x, y, sigma, weight} at random over the extent. */
        private double[][] bumps(int n, double minSigma, double maxSigma, double minWeight, double maxWeight) {
            double[][] b = new double[n][];
            for (int i = 0; i < n; i++) {
                b[i] = new double[] {EXTENT.getMinX() + random.nextDouble() * EXTENT.getWidth(),
                    EXTENT.getMinY() + random.nextDouble() * EXTENT.getHeight(),
                    minSigma + random.nextDouble() * (maxSigma - minSigma),
                    minWeight + random.nextDouble() * (maxWeight - minWeight)};
            }
            return b;
        }

        private static double field(double[][] bumps, double x, double y) {
            double sum = 0;
            for (double[] b : bumps) {
                double dx = x - b[0];
                double dy = y - b[1];
                sum += b[3] * Math.exp(-(dx * dx + dy * dy) / (2 * b[2] * b[2]));
            }
            return sum;
        }

        List<Gemeinde> build() {
            int enclaves = Math.max(1, count / 150);
            List<Coordinate> seeds = seeds(count - enclaves);
            VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
            builder.setSites(seeds);
            builder.setClipEnvelope(EXTENT);
            Geometry diagram = builder.getDiagram(new GeometryFactory());
            List<Coordinate[]> cells = new ArrayList<>();
            List<Coordinate> cellSeeds = new ArrayList<>();
            for (int i = 0; i < diagram.getNumGeometries(); i++) {
                Geometry cell = diagram.getGeometryN(i);
                cells.add(cell.getCoordinates());
                cellSeeds.add((Coordinate) cell.getUserData());
            }
            calibrate(cells);
            List<List<double[]>> rings = new ArrayList<>();
            for (Coordinate[] cell : cells) {
                List<double[]> parts = new ArrayList<>();
                parts.add(shell(cell));
                rings.add(parts);
            }
            repair(cells, rings);
            List<double[]> enclaveRings = enclaves(cells, cellSeeds, rings, enclaves);
            islands(cells, rings);
            List<Gemeinde> result = new ArrayList<>();
            for (List<double[]> r : rings) {
                result.add(gemeinde(result.size(), r));
            }
            for (double[] ring : enclaveRings) {
                result.add(gemeinde(result.size(), List.of(ring)));
            }
            return result;
        }

        private static Gemeinde gemeinde(int i, List<double[]> rings) {
            // Land, Kreis, Gemeinde: unique for up to 800 × 999 areas, never a Kreis key (…000)
            String ags = String.format("%02d%03d%03d", 1 + i % 16, 1 + (i / 16) % 50, 1 + i / 800);
            return new Gemeinde(ags, "Gemeinde " + (i + 1), List.copyOf(rings));
        }

        /** Seeds drawn by the density field (rejection sampling), none closer than 1 m to the extent's edge. */
        private List<Coordinate> seeds(int n) {
            double max = 0.15 + Arrays.stream(densityBumps).mapToDouble(b -> b[3]).sum();
            List<Coordinate> seeds = new ArrayList<>(n);
            while (seeds.size() < n) {
                double x = EXTENT.getMinX() + 1 + random.nextDouble() * (EXTENT.getWidth() - 2);
                double y = EXTENT.getMinY() + 1 + random.nextDouble() * (EXTENT.getHeight() - 2);
                if (random.nextDouble() * max < 0.15 + field(densityBumps, x, y)) {
                    seeds.add(new Coordinate(x, y));
                }
            }
            return seeds;
        }

        /** How crooked borders are at a point: a smooth field, the outer border (coast) far more so. */
        private double detail(double x0, double y0, double x1, double y1) {
            double d = Math.exp(field(detailBumps, (x0 + x1) / 2, (y0 + y1) / 2));
            return onBorder(x0, y0, x1, y1) ? d * 8 : d;
        }

        private static boolean onBorder(double x0, double y0, double x1, double y1) {
            return (near(x0, EXTENT.getMinX()) && near(x1, EXTENT.getMinX()))
                    || (near(x0, EXTENT.getMaxX()) && near(x1, EXTENT.getMaxX()))
                    || (near(y0, EXTENT.getMinY()) && near(y1, EXTENT.getMinY()))
                    || (near(y0, EXTENT.getMaxY()) && near(y1, EXTENT.getMaxY()));
        }

        /** Within a centimetre (the clipping computes the points on the extent's edge). */
        private static boolean near(double a, double b) {
            return Math.abs(a - b) < 0.01;
        }

        /** Chooses the length of a subdivision so that the median area has {@value #MEDIAN_VERTICES} vertices. */
        private void calibrate(List<Coordinate[]> cells) {
            double[][] weights = new double[cells.size()][];
            for (int c = 0; c < cells.size(); c++) {
                Coordinate[] ring = cells.get(c);
                weights[c] = new double[ring.length - 1];
                for (int i = 0; i + 1 < ring.length; i++) {
                    Coordinate a = ring[i];
                    Coordinate b = ring[i + 1];
                    weights[c][i] = a.distance(b) * detail(a.x, a.y, b.x, b.y);
                }
            }
            double lo = 1;
            double hi = 1e7;
            for (int k = 0; k < 60; k++) {
                double mid = Math.sqrt(lo * hi);
                int[] v = new int[weights.length];
                for (int c = 0; c < weights.length; c++) {
                    v[c] = 1;
                    for (double w : weights[c]) {
                        v[c] += segments(w, mid);
                    }
                }
                Arrays.sort(v);
                if (v[v.length / 2] > MEDIAN_VERTICES) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            step = hi;
        }

        private static int segments(double weight, double step) {
            return Math.max(1, (int) Math.round(weight / step));
        }

        /** The cell's ring made of its shared, jittered edges, clockwise. */
        private double[] shell(Coordinate[] cell) {
            List<double[]> pieces = new ArrayList<>();
            int points = 1;
            for (int i = 0; i + 1 < cell.length; i++) {
                double[] edge = edges.edge(cell[i], cell[i + 1]);
                pieces.add(edge);
                points += edge.length / 2 - 1;
            }
            double[] ring = new double[2 * points];
            int k = 0;
            for (double[] edge : pieces) {
                System.arraycopy(edge, 0, ring, k, edge.length - 2);
                k += edge.length - 2;
            }
            ring[k] = ring[0];
            ring[k + 1] = ring[1];
            return ccw(ring) ? JitteredEdges.reversed(ring) : ring;
        }

        /**
         * Calms the edges of shells that cross themselves (jitter at a sharp corner) and makes every
         * shell along them again, until none does: VG250's areas are valid polygons.
         */
        private void repair(List<Coordinate[]> cells, List<List<double[]>> rings) {
            GeometryFactory f = new GeometryFactory();
            List<Integer> check = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                check.add(c);
            }
            for (int round = 0; round < 6; round++) {
                Set<String> calm = new HashSet<>();
                for (int c : check) {
                    if (!f.createPolygon(coordinates(rings.get(c).get(0))).isValid()) {
                        calm.addAll(keys(cells.get(c)));
                    }
                }
                if (calm.isEmpty()) {
                    return;
                }
                calm.forEach(edges::calm);
                check.clear();
                for (int c = 0; c < cells.size(); c++) {
                    if (!Collections.disjoint(calm, keys(cells.get(c)))) {
                        rings.get(c).set(0, shell(cells.get(c)));
                        check.add(c);
                    }
                }
            }
            throw new IllegalStateException("generated shells still cross themselves");
        }

        private static List<String> keys(Coordinate[] cell) {
            List<String> keys = new ArrayList<>();
            for (int i = 0; i + 1 < cell.length; i++) {
                keys.add(JitteredEdges.key(cell[i], cell[i + 1]));
            }
            return keys;
        }

        /** Enclaves around the seeds of cells far from the extent's edge; each host gets the ring as a hole. */
        private List<double[]> enclaves(List<Coordinate[]> cells, List<Coordinate> seeds, List<List<double[]>> rings, int n) {
            GeometryFactory f = new GeometryFactory();
            List<double[]> result = new ArrayList<>();
            while (result.size() < n) {
                int c = random.nextInt(cells.size());
                Coordinate seed = seeds.get(c);
                Coordinate[] shell = coordinates(rings.get(c).get(0));
                if (rings.get(c).size() > 1 || PointLocation.isInRing(seed, shell) == false) {
                    continue;
                }
                var distance = new org.locationtech.jts.algorithm.distance.PointPairDistance();
                DistanceToPoint.computeDistance(f.createLineString(shell), seed, distance);
                double radius = 0.35 * distance.getDistance();
                int m = Math.max(12, segments(2 * Math.PI * radius * detail(seed.x, seed.y, seed.x, seed.y), step));
                double[] ring = circle(seed.x, seed.y, radius, m);
                rings.get(c).add(JitteredEdges.reversed(ring));
                result.add(ring);
            }
            return result;
        }

            /**
         * One to three islands off the northern coast (North Sea) and off the eastern edge's northern
         * third (Baltic) for every other coastal cell, more parts of that cell.
         */
        private void islands(List<Coordinate[]> cells, List<List<double[]>> rings) {
            double baltic = EXTENT.getMaxY() - EXTENT.getHeight() / 3;
            for (int c = 0; c < cells.size(); c++) {
                Coordinate[] cell = cells.get(c);
                for (int i = 0; i + 1 < cell.length; i++) {
                    Coordinate a = cell[i];
                    Coordinate b = cell[i + 1];
                    boolean north = near(a.y, EXTENT.getMaxY()) && near(b.y, EXTENT.getMaxY());
                    boolean east = near(a.x, EXTENT.getMaxX()) && near(b.x, EXTENT.getMaxX()) && Math.min(a.y, b.y) > baltic;
                    if (!(north || east) || random.nextBoolean()) {
                        continue;
                    }
                    double span = north ? Math.abs(b.x - a.x) : Math.abs(b.y - a.y);
                    double from = north ? Math.min(a.x, b.x) : Math.min(a.y, b.y);
                    int k = 1 + random.nextInt(3);
                    double radius = 0.3 * span / k;
                    for (int j = 0; j < k; j++) {
                        double along = from + span * (j + 0.5) / k;
                        double off = 0.3 * span + 1.5 * radius;
                        double x = north ? along : EXTENT.getMaxX() + off;
                        double y = north ? EXTENT.getMaxY() + off : along;
                        int m = Math.max(16, segments(2 * Math.PI * radius * 8 * detail(x, y, x, y), step));
                        rings.get(c).add(circle(x, y, radius, m));
                    }
                }
            }
        }

        /** A closed, clockwise ring of m vertices around (x, y), its radius wobbling by up to a fifth. */
        private double[] circle(double x, double y, double radius, int m) {
            double[] wobble = new double[m + 1];
            edges.displace(wobble, 0, m, 0.08 * radius);
            double[] ring = new double[2 * (m + 1)];
            for (int i = 0; i < m; i++) {
                double angle = -2 * Math.PI * i / m;
                double r = radius + Math.max(-0.2 * radius, Math.min(0.2 * radius, wobble[i]));
                ring[2 * i] = x + Math.cos(angle) * r;
                ring[2 * i + 1] = y + Math.sin(angle) * r;
            }
            ring[2 * m] = ring[0];
            ring[2 * m + 1] = ring[1];
            return ring;
        }

    }
}
