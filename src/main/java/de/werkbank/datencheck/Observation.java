package de.werkbank.datencheck;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One value of the Datencheck: an indicator for an area in a year, for an age group and sex.
 *
 * @param ageGroup e.g. {@code 0-4}, {@code 65+}; empty when the value is not broken down by age
 * @param value {@code null} when the source marks it missing or secret
 * @param mark the source's mark for a missing or secret value ({@code -}, {@code .}, {@code x},
 *             {@code /}, {@code ...}), or {@code null}
 * @param unit the unit the source gives, or empty
 */
public record Observation(String areaKey, String indicatorKey, int year, String ageGroup, Sex sex, BigDecimal value,
                         String mark, String unit) {

    public Observation {
        Objects.requireNonNull(areaKey, "areaKey");
        Objects.requireNonNull(indicatorKey, "indicatorKey");
        Objects.requireNonNull(sex, "sex");
        ageGroup = ageGroup == null ? "" : ageGroup;
        unit = unit == null ? "" : unit;
    }

    /** What identifies the value: two observations with the same key in one import are a duplicate. */
    public String key() {
        return indicatorKey + '|' + areaKey + '|' + year + '|' + ageGroup + '|' + sex.code();
    }

    /** The same value for the area stored under {@code key} (a file's key matched to the store's). */
    public Observation inArea(String key) {
        return key.equals(areaKey) ? this : new Observation(key, indicatorKey, year, ageGroup, sex, value, mark, unit);
    }
}
