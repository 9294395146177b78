package de.werkbank.datencheck;

/**
 * An indicator of the Datencheck as the store holds it: key, German display name, unit, and how far
 * its values reach.
 *
 * @param firstYear {@code 0} when it has no values yet
 */
public record IndicatorSummary(String key, String name, String unit, int firstYear, int lastYear, int areas) {
}
