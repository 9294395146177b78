package de.werkbank.map;

import java.util.Map;

/**
 * What is drawn over the colours: the selected and the hovered area, and the measures layer — how
 * many of the selected measures act in each area (from the Werkzeugblätter' "where").
 */
public record Overlay(String selected, String hovered, Map<String, Integer> measures) {

    public static final Overlay NONE = new Overlay(null, null, Map.of());

    public Overlay {
        measures = Map.copyOf(measures);
    }
}
