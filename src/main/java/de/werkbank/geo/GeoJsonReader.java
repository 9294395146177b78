package de.werkbank.geo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.werkbank.i18n.JsonFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads a GeoJSON FeatureCollection of Polygons and MultiPolygons (with holes). Without a {@code crs}
 * member the coordinates are WGS84 (RFC 7946); the older named {@code crs} member is understood.
 * Property values become text (numbers as written). A top-level {@code "source"} member is taken as
 * the source line of the boundaries.
 */
public final class GeoJsonReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final GeometryFactory factory = new GeometryFactory();

    public BoundaryFile read(Path file) {
        String name = file.getFileName().toString();
        try {
            return read(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new GeoFormatException(e, "geo.noFile", file);
        } catch (IOException e) {
            throw new GeoFormatException(e, "geo.unreadable", name, e.getMessage());
        }
    }

    public BoundaryFile read(String name, byte[] bytes) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new GeoFormatException(e, "geo.json.syntax", name, JsonFailure.reason(e));
        } catch (IOException e) {
            throw new GeoFormatException(e, "geo.unreadable", name, e.getMessage());
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new GeoFormatException("geo.json.notCollection", name);
        }
        Optional<Crs> crs = Optional.of(Crs.WGS84);
        JsonNode crsName = root.path("crs").path("properties").path("name");
        if (crsName.isTextual()) {
            try {
                crs = Optional.of(Crs.fromName(crsName.asText()));
            } catch (GeoFormatException e) {
                String text = crsName.asText();
                throw new GeoFormatException(e, "geo.json.badCrs", name, text.length() > 60 ? text.substring(0, 60) + "…" : text,
                        Crs.supported());
            }
        }
        Set<String> attributes = new LinkedHashSet<>();
        List<Feature> features = new ArrayList<>();
        JsonNode list = root.path("features");
        if (!list.isArray()) {
            throw new GeoFormatException("geo.json.noFeatures", name);
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode f = list.get(i);
            if (!f.isObject()) {
                throw new GeoFormatException("geo.json.notFeature", name, i + 1);
            }
            Map<String, String> properties = new LinkedHashMap<>();
            f.path("properties").fields().forEachRemaining(p -> {
                if (!p.getValue().isNull()) {
                    properties.put(p.getKey(), p.getValue().isValueNode() ? p.getValue().asText() : p.getValue().toString());
                }
            });
            attributes.addAll(properties.keySet());
            features.add(new Feature(properties, geometry(name, i + 1, f.path("geometry"))));
        }
        JsonNode source = root.path("source");
        return new BoundaryFile(name, new ArrayList<>(attributes), features, crs,
                source.isTextual() ? Optional.of(source.asText()) : Optional.empty());
    }

    private Geometry geometry(String name, int feature, JsonNode g) {
        JsonNode coordinates = g.path("coordinates");
        String type = g.path("type").asText();
        return switch (type) {
            case "Polygon" -> polygon(name, feature, coordinates);
            case "MultiPolygon" -> {
                if (!coordinates.isArray() || coordinates.isEmpty()) {
                    throw new GeoFormatException("geo.json.badRing", name, feature, 1);
                }
                Polygon[] parts = new Polygon[coordinates.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = polygon(name, feature, coordinates.get(i));
                }
                yield factory.createMultiPolygon(parts);
            }
            default -> throw new GeoFormatException("geo.json.notPolygon", name, feature, type.isEmpty() ? "–" : type);
        };
    }

    private Polygon polygon(String name, int feature, JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new GeoFormatException("geo.json.badRing", name, feature, 1);
        }
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(name, feature, i + 1, rings.get(i));
        }
        return factory.createPolygon(ring(name, feature, 1, rings.get(0)), holes);
    }

    /** A closed ring of at least four points, each a pair of numbers. */
    private LinearRing ring(String name, int feature, int ring, JsonNode points) {
        if (!points.isArray() || points.size() < 4) {
            throw new GeoFormatException("geo.json.badRing", name, feature, ring);
        }
        Coordinate[] c = new Coordinate[points.size()];
        for (int i = 0; i < c.length; i++) {
            JsonNode p = points.get(i);
            if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                throw new GeoFormatException("geo.json.badPoint", name, feature, ring, i + 1);
            }
            c[i] = new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
            if (!Double.isFinite(c[i].x) || !Double.isFinite(c[i].y)) {
                throw new GeoFormatException("geo.json.badPoint", name, feature, ring, i + 1);
            }
        }
        if (!c[0].equals2D(c[c.length - 1])) {
            throw new GeoFormatException("geo.json.badRing", name, feature, ring);
        }
        return factory.createLinearRing(c);
    }
}
