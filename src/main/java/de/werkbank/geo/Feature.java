package de.werkbank.geo;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One area of a boundary file: its attributes as text (a key keeps its leading zeros) and its
 * (multi)polygon in the file's coordinate system.
 */
public record Feature(Map<String, String> attributes, Geometry geometry) {

    public Feature {
        attributes = Map.copyOf(attributes);
    }
}
