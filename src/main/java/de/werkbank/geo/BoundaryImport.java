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
     * @param parentAttribute the attribute that names each feature's parent area by its key (a file of
     *                        Ortsteile of several Kommunen), or {@code null}; it overrules {@code parentKey}
     */
    public record Options(String keyAttribute, String nameAttribute, String parentKey, Crs crs, String sourceLine,
                          String parentAttribute) {

        public Options(String keyAttribute, String nameAttribute, String parentKey, Crs crs, String sourceLine) {
            this(keyAttribute, nameAttribute, parentKey, crs, sourceLine, null);
        }
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
        List<String> needed = new ArrayList<>(List.of(options.keyAttribute(), options.nameAttribute()));
        if (options.parentAttribute() != null) {
            needed.add(options.parentAttribute());
        }
        for (String attribute : needed) {
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
        Area defaultParent = options.parentKey() == null ? null : byKey.get(options.parentKey());
        if (options.parentAttribute() == null && options.parentKey() != null && defaultParent == null) {
            throw new GeoFormatException("geo.import.noParent", options.parentKey());
        }
        Map<String, String> unpadded = new HashMap<>();
        areas.forEach(a -> unpadded.merge(stripZeros(a.key()), a.key(), (x, y) -> ""));

        Map<String, List<Geometry>> parts = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, Area> parents = new HashMap<>();
        Crs.Transform toWgs84 = crs.to(Crs.WGS84);
        for (int i = 0; i < file.features().size(); i++) {
            Feature f = file.features().get(i);
            String key = f.attributes().getOrDefault(options.keyAttribute(), "").trim();
            if (key.isEmpty()) {
                throw new GeoFormatException("geo.import.noKey", file.name(), i + 1, options.keyAttribute());
            }
            Area parent = options.parentAttribute() == null ? defaultParent
                    : parentOf(file, i, f.attributes().getOrDefault(options.parentAttribute(), "").trim(), byKey, unpadded);
            if (!byKey.containsKey(key) && unpadded.containsKey(stripZeros(key)) && !unpadded.get(stripZeros(key)).isEmpty()) {
                key = unpadded.get(stripZeros(key));
            } else if (!byKey.containsKey(key) && parent != null && parent.level() == Area.Level.KREIS
                    && key.matches("\\d+") && key.length() < parent.key().length()) {
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
            Area before = parents.putIfAbsent(key, parent);
            if (before != null && parent != null && !before.key().equals(parent.key())) {
                throw new GeoFormatException("geo.import.twoParents", file.name(), i + 1, key, before.name(), parent.name());
            }
            String name = f.attributes().getOrDefault(options.nameAttribute(), key).trim();
            if (!byKey.containsKey(key) && name.length() > AreaLimits.NAME) {
                throw new GeoFormatException("geo.import.nameTooLong", file.name(), i + 1, options.nameAttribute(),
                        AreaLimits.NAME);
            }
            names.putIfAbsent(key, name);
        }

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
                Area parent = parents.get(key);
                String name = names.get(key).isEmpty() ? key : names.get(key);
                created.add(new Area(java.util.UUID.randomUUID(), key, name, levelUnder(parent),
                        parent == null ? null : parent.key()));
            }
            wkb.put(key, writer.write(merge(factory, entry.getValue())));
        }
        Set<String> covered = parts.keySet();
        Set<String> parentKeys = parents.values().stream().filter(java.util.Objects::nonNull).map(Area::key)
                .collect(Collectors.toSet());
        List<String> unmatched = areas.stream()
                .filter(a -> !parentKeys.isEmpty() ? parentKeys.contains(a.parentKey()) : a.level() == Area.Level.KOMMUNE)
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

    /** The level of an area created under {@code parent}: Kommunen under a Kreis (or at the top), else Ortsteile. */
    private static Area.Level levelUnder(Area parent) {
        return parent == null || parent.level() == Area.Level.KREIS ? Area.Level.KOMMUNE : Area.Level.ORTSTEIL;
    }

    /** The area a feature's parent attribute names, by key (or the key without its leading zeros). */
    private static Area parentOf(BoundaryFile file, int index, String key, Map<String, Area> byKey,
                                 Map<String, String> unpadded) {
        Area parent = byKey.get(key);
        if (parent == null && !key.isEmpty() && !unpadded.getOrDefault(stripZeros(key), "").isEmpty()) {
            parent = byKey.get(unpadded.get(stripZeros(key)));
        }
        if (parent == null) {
            throw new GeoFormatException("geo.import.unknownParent", file.name(), index + 1, key);
        }
        return parent;
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
