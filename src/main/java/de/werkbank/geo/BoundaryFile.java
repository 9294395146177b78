package de.werkbank.geo;

import java.util.List;
import java.util.Optional;

/**
 * A boundary file as read: its areas, the attribute names in file order, its coordinate system if the
 * file names one, and a source line if the file carries one.
 */
public record BoundaryFile(String name, List<String> attributes, List<Feature> features, Optional<Crs> crs,
                           Optional<String> sourceLine) {

    public BoundaryFile {
        attributes = List.copyOf(attributes);
        features = List.copyOf(features);
    }
}
