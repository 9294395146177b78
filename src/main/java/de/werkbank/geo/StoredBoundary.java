package de.werkbank.geo;

/**
 * An area's boundary as the store keeps it: WKB in WGS84 longitude/latitude, with the source line of
 * the import that brought it.
 */
public record StoredBoundary(String areaKey, byte[] wkb, String sourceLine) {
}
