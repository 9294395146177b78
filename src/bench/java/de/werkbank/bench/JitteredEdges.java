package de.werkbank.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.ToIntBiFunction;
import org.locationtech.jts.geom.Coordinate;

/**
 * The borders between areas of {@link GeneratedGemeinden}: each edge of the tessellation subdivided and
 * moved sideways by midpoint displacement once, in one direction, and handed reversed to the area on
 * the other side, so both neighbours share every vertex. An edge can be calmed (less jitter) when it
 * made a ring cross itself.
 */
final class JitteredEdges {

    /** Sideways jitter at the middle of an edge, as a share of its length. */
    private static final double AMPLITUDE = 0.045;

    private final Random random;
    private final ToIntBiFunction<Coordinate, Coordinate> segments;
    private final Map<String, double[]> edges = new HashMap<>();
    private final Map<String, Double> calmed = new HashMap<>();

    /** @param segments how many pieces the edge from p to q gets */
    JitteredEdges(Random random, ToIntBiFunction<Coordinate, Coordinate> segments) {
        this.random = random;
        this.segments = segments;
    }

    /** The edge's key: the same for a–b and b–a (coordinates to the millimetre). */
    static String key(Coordinate a, Coordinate b) {
        String ka = point(a);
        String kb = point(b);
        return ka.compareTo(kb) < 0 ? ka + "|" + kb : kb + "|" + ka;
    }

    private static String point(Coordinate c) {
        return Math.round(c.x * 1000) + ":" + Math.round(c.y * 1000);
    }

    /** The jittered edge from a to b ({@code x0, y0, …}, a first, b last). */
    double[] edge(Coordinate a, Coordinate b) {
        boolean forward = point(a).compareTo(point(b)) < 0;
        String key = key(a, b);
        double[] edge = edges.get(key);
        if (edge == null) {
            Coordinate p = forward ? a : b;
            Coordinate q = forward ? b : a;
            edge = jittered(p, q, segments.applyAsInt(p, q), AMPLITUDE * calmed.getOrDefault(key, 1.0));
            edges.put(key, edge);
        }
        return forward ? edge : reversed(edge);
    }

    /** Makes the edge again with a third of its jitter (none after a few rounds). */
    void calm(String key) {
        double factor = calmed.getOrDefault(key, 1.0) / 3;
        calmed.put(key, factor < 0.02 ? 0 : factor);
        edges.remove(key);
    }

    private double[] jittered(Coordinate p, Coordinate q, int n, double amplitude) {
        double[] offset = new double[n + 1];
        displace(offset, 0, n, amplitude * p.distance(q));
        double dx = (q.x - p.x) / n;
        double dy = (q.y - p.y) / n;
        double len = Math.hypot(dx, dy);
        double nx = len == 0 ? 0 : -dy / len;
        double ny = len == 0 ? 0 : dx / len;
        double[] xy = new double[2 * (n + 1)];
        for (int i = 0; i <= n; i++) {
            xy[2 * i] = p.x + dx * i + nx * offset[i];
            xy[2 * i + 1] = p.y + dy * i + ny * offset[i];
        }
        xy[0] = p.x;
        xy[1] = p.y;
        xy[2 * n] = q.x;
        xy[2 * n + 1] = q.y;
        return xy;
    }

    /** Midpoint displacement of {@code offset[lo..hi]} (the ends stay), halving roughly per level. */
    void displace(double[] offset, int lo, int hi, double amplitude) {
        if (hi - lo < 2) {
            return;
        }
        int mid = (lo + hi) / 2;
        double g = Math.max(-1.5, Math.min(1.5, random.nextGaussian()));
        offset[mid] = (offset[lo] + offset[hi]) / 2 + g * amplitude;
        displace(offset, lo, mid, amplitude * 0.55);
        displace(offset, mid, hi, amplitude * 0.55);
    }

    static double[] reversed(double[] xy) {
        double[] r = new double[xy.length];
        int n = xy.length / 2;
        for (int i = 0; i < n; i++) {
            r[2 * i] = xy[2 * (n - 1 - i)];
            r[2 * i + 1] = xy[2 * (n - 1 - i) + 1];
        }
        return r;
    }
}
