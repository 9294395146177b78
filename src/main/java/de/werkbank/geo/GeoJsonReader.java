package de.werkbank.geo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
            var at = e.getLocation();
            throw new GeoFormatException(e, "geo.json.syntax", name, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), e.getOriginalMessage());
        } catch (IOException e) {
            throw new GeoFormatException(e, "geo.unreadable", name, e.getMessage());
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new GeoFormatException("geo.json.notCollection", name);
        }
        Optional<Crs> crs = Optional.of(Crs.WGS84);
        JsonNode crsName = root.path("crs").path("properties").path("name");
        if (crsName.isTextual()) {
            crs = Optional.of(Crs.fromName(crsName.asText()));
        }
        Set<String> attributes = new LinkedHashSet<>();
        List<Feature> features = new ArrayList<>();
        JsonNode list = root.path("features");
        for (int i = 0; i < list.size(); i++) {
            JsonNode f = list.get(i);
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
        try {
            return switch (type) {
                case "Polygon" -> polygon(coordinates);
                case "MultiPolygon" -> {
                    Polygon[] parts = new Polygon[coordinates.size()];
                    for (int i = 0; i < parts.length; i++) {
                        parts[i] = polygon(coordinates.get(i));
                    }
                    yield factory.createMultiPolygon(parts);
                }
                default -> throw new GeoFormatException("geo.json.notPolygon", name, feature, type.isEmpty() ? "–" : type);
            };
        } catch (IllegalArgumentException e) {
            throw new GeoFormatException(e, "geo.json.badCoordinates", name, feature, e.getMessage());
        }
    }

    private Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException("Polygon ohne Ring");
        }
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return factory.createPolygon(ring(rings.get(0)), holes);
    }

    private LinearRing ring(JsonNode points) {
        if (!points.isArray() || points.size() < 4) {
            throw new IllegalArgumentException("Ring mit weniger als 4 Punkten");
        }
        Coordinate[] c = new Coordinate[points.size()];
        for (int i = 0; i < c.length; i++) {
            JsonNode p = points.get(i);
            if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                throw new IllegalArgumentException("Punkt " + (i + 1) + " ist kein Zahlenpaar");
            }
            c[i] = new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
        }
        return factory.createLinearRing(c);
    }
}
