package de.werkbank.datencheck;

/**
 * Takes an indicator's stored values one area and year at a time, without an {@link Observation} per
 * value: what the map of half a million values reads (ADR 34). Missing values (with a mark, without an
 * amount) are not handed over; the figures count them as absent anyway.
 */
public interface ValueSink {

    /** The values handed over next, until the next call, are of this area and year. */
    void areaYear(String areaKey, int year);

    /**
     * One value present in the store.
     *
     * @param ageGroup as stored ({@code ""}: all ages); the same label is the same string instance
     * @param amount the stored amount as {@link java.math.BigDecimal#doubleValue()} gives it
     */
    void value(String ageGroup, Sex sex, double amount);
}
