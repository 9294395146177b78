package de.werkbank.map;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The rings of a stored boundary (WKB of a Polygon or MultiPolygon, as {@code import-areas} writes it) as
 * longitude/latitude pairs, read straight from the bytes: a map of Germany's 11,000 Gemeinden has 1.5 million
 * vertices, which JTS would make a {@code Coordinate} each (ADR 34). Anything else (other types, Z or M values,
 * an SRID, an empty polygon, a ring that is not closed) is left to JTS' reader: {@code null}.
 */
final class WkbRings {

    private static final int POLYGON = 3;
    private static final int MULTI_POLYGON = 6;

    private WkbRings() {
    }

    /** Each polygon's shell, then its holes, in order, as {@code lon0, lat0, lon1, lat1, …}; or null. */
    static List<double[]> read(byte[] wkb) {
        ByteBuffer b = ByteBuffer.wrap(wkb);
        List<double[]> rings = new ArrayList<>();
        try {
            int type = header(b);
            if (type == POLYGON) {
                if (!polygon(b, rings)) {
                    return null;
                }
            } else if (type == MULTI_POLYGON) {
                int n = b.getInt();
                if (n < 1) {
                    return null;
                }
                for (int i = 0; i < n; i++) {
                    if (header(b) != POLYGON || !polygon(b, rings)) {
                        return null;
                    }
                }
            } else {
                return null;
            }
            return b.hasRemaining() ? null : rings;
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The byte order mark and the type; −1 for a mark that is none. */
    private static int header(ByteBuffer b) {
        byte order = b.get();
        if (order != 0 && order != 1) {
            return -1;
        }
        b.order(order == 0 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        return b.getInt();
    }

    private static boolean polygon(ByteBuffer b, List<double[]> rings) {
        int n = b.getInt();
        if (n < 1) {
            return false;
        }
        for (int r = 0; r < n; r++) {
            int points = b.getInt();
            // JTS' rings: closed, at least four points
            if (points < 4 || points > b.remaining() / 16) {
                return false;
            }
            double[] xy = new double[points * 2];
            for (int i = 0; i < xy.length; i++) {
                xy[i] = b.getDouble();
            }
            if (xy[0] != xy[xy.length - 2] || xy[1] != xy[xy.length - 1]) {
                return false;
            }
            rings.add(xy);
        }
        return true;
    }
}
