package de.werkbank.geo;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads an ESRI shapefile of polygons: {@code .shp} (geometry), {@code .shx} (must be there, its record
 * count must agree), {@code .dbf} (attributes), and when present {@code .prj} (coordinate system) and
 * {@code .cpg} (charset of the attributes). Rings become shells or holes by how deeply other rings of the
 * same record contain them, so files that do not keep the clockwise rule still read correctly.
 */
public final class ShapefileReader {

    private static final int FILE_CODE = 9994;
    private static final int NULL_SHAPE = 0;
    private static final List<Integer> POLYGON_TYPES = List.of(5, 15, 25);

    private final GeometryFactory factory = new GeometryFactory();

    /** Reads the shapefile named by its {@code .shp} path. */
    public BoundaryFile read(Path shp) {
        String name = shp.getFileName().toString();
        String base = name.substring(0, name.length() - 4);
        byte[] geometry = bytes(shp);
        byte[] index = bytes(sibling(shp, base, "shx").orElseThrow(() -> new GeoFormatException("geo.shp.missingPart", name, base + ".shx")));
        Path dbf = sibling(shp, base, "dbf").orElseThrow(() -> new GeoFormatException("geo.shp.missingPart", name, base + ".dbf"));
        String cpg = sibling(shp, base, "cpg").map(p -> new String(bytes(p), StandardCharsets.US_ASCII)).orElse(null);
        DbfReader.Table table = DbfReader.read(dbf.getFileName().toString(), bytes(dbf), cpg);
        Optional<Crs> crs = sibling(shp, base, "prj").map(p -> Crs.fromWkt(p.getFileName().toString(),
                new String(bytes(p), StandardCharsets.UTF_8)));
        List<Geometry> shapes = shapes(name, geometry);
        int indexed = (index.length - 100) / 8;
        if (index.length < 100 || indexed != shapes.size()) {
            throw new GeoFormatException("geo.shp.indexMismatch", base + ".shx", indexed, shapes.size());
        }
        if (table.records().size() != shapes.size()) {
            throw new GeoFormatException("geo.shp.dbfMismatch", dbf.getFileName(), table.records().size(), shapes.size());
        }
        List<Feature> features = new ArrayList<>(shapes.size());
        for (int i = 0; i < shapes.size(); i++) {
            if (shapes.get(i) != null) {
                features.add(new Feature(table.records().get(i), shapes.get(i)));
            }
        }
        return new BoundaryFile(name, table.fields(), features, crs, Optional.empty());
    }

    private List<Geometry> shapes(String name, byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        if (bytes.length < 100 || b.order(ByteOrder.BIG_ENDIAN).getInt(0) != FILE_CODE) {
            throw new GeoFormatException("geo.shp.notShapefile", name);
        }
        int type = b.order(ByteOrder.LITTLE_ENDIAN).getInt(32);
        if (!POLYGON_TYPES.contains(type) && type != NULL_SHAPE) {
            throw new GeoFormatException("geo.shp.notPolygons", name, type);
        }
        List<Geometry> shapes = new ArrayList<>();
        int at = 100;
        while (at + 8 <= bytes.length) {
            int record = shapes.size() + 1;
            long length = 2L * b.order(ByteOrder.BIG_ENDIAN).getInt(at + 4);
            int content = at + 8;
            if (length < 4 || content + length > bytes.length) {
                throw new GeoFormatException("geo.shp.truncated", name, record, at);
            }
            b.order(ByteOrder.LITTLE_ENDIAN);
            int shapeType = b.getInt(content);
            if (shapeType == NULL_SHAPE) {
                shapes.add(null);
            } else if (POLYGON_TYPES.contains(shapeType) && length >= 44) {
                shapes.add(polygon(name, record, b, content, (int) length));
            } else {
                throw new GeoFormatException("geo.shp.notPolygons", name, shapeType);
            }
            at = content + (int) length;
        }
        return shapes;
    }

    /**
     * A polygon record. The counts it states are checked against the record's length before anything
     * is allocated: a record of a few bytes claiming 2^31 parts is refused, not believed.
     */
    private Geometry polygon(String name, int record, ByteBuffer b, int content, int length) {
        int parts = b.getInt(content + 36);
        int points = b.getInt(content + 40);
        long pointsAt = content + 44 + 4L * parts;
        if (parts < 1 || points < 4 || parts > points / 4 || pointsAt + 16L * points > content + (long) length) {
            throw new GeoFormatException("geo.shp.truncated", name, record, content - 8);
        }
        List<LinearRing> rings = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) {
            int from = b.getInt(content + 44 + 4 * p);
            int to = p + 1 < parts ? b.getInt(content + 44 + 4 * (p + 1)) : points;
            if (from < 0 || to > points || to - from < 4) {
                throw new GeoFormatException("geo.shp.badRing", name, record, p + 1);
            }
            Coordinate[] ring = new Coordinate[to - from];
            for (int i = from; i < to; i++) {
                double x = b.getDouble((int) pointsAt + 16 * i);
                double y = b.getDouble((int) pointsAt + 16 * i + 8);
                if (!Double.isFinite(x) || !Double.isFinite(y)) {
                    throw new GeoFormatException("geo.shp.badPoint", name, record, p + 1, i - from + 1);
                }
                ring[i - from] = new Coordinate(x, y);
            }
            if (!ring[0].equals2D(ring[ring.length - 1])) {
                throw new GeoFormatException("geo.shp.badRing", name, record, p + 1);
            }
            rings.add(factory.createLinearRing(ring));
        }
        return Rings.assemble(factory, rings);
    }

    private static Optional<Path> sibling(Path shp, String base, String extension) {
        for (String ext : List.of(extension, extension.toUpperCase(java.util.Locale.ROOT))) {
            Path p = shp.resolveSibling(base + "." + ext);
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new GeoFormatException(e, "geo.noFile", file);
        } catch (IOException e) {
            throw new GeoFormatException(e, "geo.unreadable", file.getFileName(), e.getMessage());
        }
    }

    /** Shells and holes from loose rings. */
    static final class Rings {

        private Rings() {
        }

        /**
         * A ring inside an even number of the others is a shell, inside an odd number a hole of the
         * smallest shell around it.
         */
        static Geometry assemble(GeometryFactory factory, List<LinearRing> rings) {
            if (rings.size() == 1) {
                return factory.createPolygon(rings.get(0));
            }
            int n = rings.size();
            int[] depth = new int[n];
            double[] area = new double[n];
            for (int i = 0; i < n; i++) {
                area[i] = Math.abs(org.locationtech.jts.algorithm.Area.ofRing(rings.get(i).getCoordinateSequence()));
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i != j && area[j] > area[i] && inside(rings.get(i), rings.get(j))) {
                        depth[i]++;
                    }
                }
            }
            List<Integer> shells = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (depth[i] % 2 == 0) {
                    shells.add(i);
                }
            }
            Map<Integer, List<LinearRing>> holes = new java.util.HashMap<>();
            for (int i = 0; i < n; i++) {
                if (depth[i] % 2 == 1) {
                    int best = -1;
                    for (int s : shells) {
                        if (area[s] > area[i] && inside(rings.get(i), rings.get(s)) && (best < 0 || area[s] < area[best])) {
                            best = s;
                        }
                    }
                    holes.computeIfAbsent(best, k -> new ArrayList<>()).add(rings.get(i));
                }
            }
            Polygon[] polygons = new Polygon[shells.size()];
            for (int k = 0; k < shells.size(); k++) {
                int s = shells.get(k);
                polygons[k] = factory.createPolygon(rings.get(s),
                        holes.getOrDefault(s, List.of()).toArray(LinearRing[]::new));
            }
            return polygons.length == 1 ? polygons[0] : factory.createMultiPolygon(polygons);
        }

        private static boolean inside(LinearRing ring, LinearRing around) {
            return ring.getEnvelopeInternal().intersects(around.getEnvelopeInternal())
                    && PointLocation.isInRing(ring.getCoordinateN(0), around.getCoordinates());
        }
    }
}
