package de.werkbank.geo;

import de.werkbank.area.Area;
import de.werkbank.i18n.Messages;
import de.werkbank.store.Store;
import de.werkbank.store.StoreTransaction;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.proj4j.Proj4jException;

/**
 * Imports a boundary file (shapefile or GeoJSON) into the store, all or nothing: the file is read,
 * its keys, names and coordinates checked and reprojected to WGS84 before one transaction stores
 * them. Areas are matched to existing ones by key; the others are created under the chosen parent.
 * Several features with one key (an island, a lake part) become one area.
 */
public final class BoundaryImport {

    /**
     * What the user chose.
     *
     * @param parentKey the area new ones are created under, or {@code null} (then they are Kommunen at the top)
     * @param crs the file's coordinate system when the file does not say (or to overrule it), or {@code null}
     * @param sourceLine the line shown under every map, or {@code null} for the file's own or a default
     */
    public record Options(String keyAttribute, String nameAttribute, String parentKey, Crs crs, String sourceLine) {
    }

    /** What the import did, as area keys: matched existing areas, new ones, and existing ones the file lacks. */
    public record Report(List<String> matched, List<String> created, List<String> unmatched) {
    }

    private BoundaryImport() {
    }

    /** Reads a {@code .shp}, {@code .geojson} or {@code .json} file. */
    public static BoundaryFile read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".shp")) {
            return new ShapefileReader().read(file);
        }
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            return new GeoJsonReader().read(file);
        }
        throw new GeoFormatException("geo.unknownFormat", file.getFileName());
    }

    public static Report importFile(Store store, Path file, Options options, Instant now) {
        BoundaryFile read = read(file);
        return store.guarded("before-areas-import", file.getFileName().toString(),
                () -> store.transaction(tx -> store(tx, read, options, now)));
    }

    /** Checks and stores a boundary file in an open transaction (also used to seed the sample map). */
    public static Report store(StoreTransaction tx, BoundaryFile file, Options options, Instant now) {
        for (String attribute : List.of(options.keyAttribute(), options.nameAttribute())) {
            if (!file.attributes().contains(attribute)) {
                throw new GeoFormatException("geo.import.noAttribute", file.name(), attribute, String.join(", ", file.attributes()));
            }
        }
        Crs crs = Optional.ofNullable(options.crs()).or(file::crs)
                .orElseThrow(() -> new GeoFormatException("geo.crs.missing", file.name(), Crs.supported()));
        if (file.features().isEmpty()) {
            throw new GeoFormatException("geo.import.empty", file.name());
        }
        List<Area> areas = tx.areas().all();
        Map<String, Area> byKey = areas.stream().collect(Collectors.toMap(Area::key, a -> a));
        Area parent = options.parentKey() == null ? null : byKey.get(options.parentKey());
        if (options.parentKey() != null && parent == null) {
            throw new GeoFormatException("geo.import.noParent", options.parentKey());
        }
        Map<String, String> unpadded = new HashMap<>();
        areas.forEach(a -> unpadded.merge(stripZeros(a.key()), a.key(), (x, y) -> ""));

        Map<String, List<Geometry>> parts = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        Crs.Transform toWgs84 = crs.to(Crs.WGS84);
        for (int i = 0; i < file.features().size(); i++) {
            Feature f = file.features().get(i);
            String key = f.attributes().getOrDefault(options.keyAttribute(), "").trim();
            if (key.isEmpty()) {
                throw new GeoFormatException("geo.import.noKey", file.name(), i + 1, options.keyAttribute());
            }
            if (!byKey.containsKey(key) && unpadded.containsKey(stripZeros(key)) && !unpadded.get(stripZeros(key)).isEmpty()) {
                key = unpadded.get(stripZeros(key));
            } else if (!byKey.containsKey(key) && parent != null && key.matches("\\d+")
                    && key.length() < parent.key().length()) {
                // a new area's key read from a number lost its leading zeros: official keys (AGS, ARS) of
                // a level have one width, and a child's key is never shorter than its parent's
                key = "0".repeat(parent.key().length() - key.length()) + key;
            }
            if (key.length() > AreaLimits.KEY) {
                throw new GeoFormatException("geo.import.keyTooLong", file.name(), i + 1, options.keyAttribute(),
                        AreaLimits.KEY);
            }
            Geometry wgs84 = wgs84(toWgs84, f.geometry());
            if (wgs84 == null) {
                throw new GeoFormatException("geo.import.outOfRange", file.name(), i + 1, key, crs);
            }
            parts.computeIfAbsent(key, k -> new ArrayList<>()).add(wgs84);
            String name = f.attributes().getOrDefault(options.nameAttribute(), key).trim();
            if (!byKey.containsKey(key) && name.length() > AreaLimits.NAME) {
                throw new GeoFormatException("geo.import.nameTooLong", file.name(), i + 1, options.nameAttribute(),
                        AreaLimits.NAME);
            }
            names.putIfAbsent(key, name);
        }

        Area.Level level = parent == null ? Area.Level.KOMMUNE
                : parent.level() == Area.Level.KREIS ? Area.Level.KOMMUNE : Area.Level.ORTSTEIL;
        String parentKey = parent == null ? null : parent.key();
        List<String> matched = new ArrayList<>();
        List<Area> created = new ArrayList<>();
        Map<String, byte[]> wkb = new LinkedHashMap<>();
        WKBWriter writer = new WKBWriter();
        GeometryFactory factory = new GeometryFactory();
        for (var entry : parts.entrySet()) {
            String key = entry.getKey();
            if (byKey.containsKey(key)) {
                matched.add(key);
            } else {
                String name = names.get(key).isEmpty() ? key : names.get(key);
                created.add(new Area(java.util.UUID.randomUUID(), key, name, level, parentKey));
            }
            wkb.put(key, writer.write(merge(factory, entry.getValue())));
        }
        Set<String> covered = parts.keySet();
        List<String> unmatched = areas.stream()
                .filter(a -> parent != null ? parentKey.equals(a.parentKey()) : a.level() == level)
                .map(Area::key).filter(k -> !covered.contains(k)).sorted().toList();

        String source = Optional.ofNullable(options.sourceLine()).filter(s -> !s.isBlank()).or(file::sourceLine)
                .orElse(Messages.tr("geo.defaultSource", file.name()));
        if (source.length() > AreaLimits.SOURCE) {
            throw new GeoFormatException("geo.import.sourceTooLong", file.name(), AreaLimits.SOURCE);
        }
        tx.areas().addAll(created);
        refuseFarFromGermany(file.name(), crs, parts);
        tx.boundaries().store(file.name(), source, crs.label(), now, wkb);
        tx.log("import-areas", file.name() + " (" + matched.size() + "/" + created.size() + "/" + unmatched.size() + ")");
        return new Report(matched, created.stream().map(Area::key).toList(), unmatched);
    }

    /**
     * Refuses boundaries that, once transformed, do not lie in or near Germany: the coordinate system
     * is most likely not the one the file was written in (a false easting off by 2,000 km, say).
     */
    private static void refuseFarFromGermany(String fileName, Crs crs, Map<String, List<Geometry>> parts) {
        org.locationtech.jts.geom.Envelope all = new org.locationtech.jts.geom.Envelope();
        parts.values().forEach(list -> list.forEach(g -> all.expandToInclude(g.getEnvelopeInternal())));
        if (all.isNull()) {
            return;
        }
        double lon = all.centre().x;
        double lat = all.centre().y;
        if (lon < NEAR_GERMANY[0] || lon > NEAR_GERMANY[1] || lat < NEAR_GERMANY[2] || lat > NEAR_GERMANY[3]) {
            throw new GeoFormatException("geo.import.farFromGermany", fileName, crs.label(),
                    String.format(java.util.Locale.ROOT, "%.2f", lat), String.format(java.util.Locale.ROOT, "%.2f", lon));
        }
    }

    /** Germany (5.9–15.0° E, 47.3–55.1° N) with a margin: west, east, south, north. */
    private static final double[] NEAR_GERMANY = {1, 20, 44, 58};

    /**
     * The geometry in WGS84, or {@code null} when a point does not land on the earth (or the projection
     * cannot take it, as proj4j refuses an infinite longitude).
     */
    private static Geometry wgs84(Crs.Transform toWgs84, Geometry geometry) {
        Geometry result;
        try {
            result = toWgs84.apply(geometry);
        } catch (Proj4jException e) {
            return null;
        }
        for (Coordinate c : result.getCoordinates()) {
            if (!(c.x >= -180 && c.x <= 180 && c.y >= -90 && c.y <= 90)) {
                return null;
            }
        }
        return result;
    }

    private static Geometry merge(GeometryFactory factory, List<Geometry> geometries) {
        if (geometries.size() == 1) {
            return geometries.get(0);
        }
        List<Polygon> polygons = new ArrayList<>();
        for (Geometry g : geometries) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                polygons.add((Polygon) g.getGeometryN(i));
            }
        }
        return factory.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    private static String stripZeros(String key) {
        if (!key.chars().allMatch(Character::isDigit)) {
            return "\u0000" + key;
        }
        String s = key.replaceFirst("^0+", "");
        return s.isEmpty() ? "0" : s;
    }
}
