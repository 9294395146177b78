package de.werkbank.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One measured value of an indicator: what it was on a date, with a note (where it comes from, what
 * it means). An indicator holds at most one value per date.
 */
public record Measurement(LocalDate date, BigDecimal value, String note) {

    /** Values must stay below this in size (as every figure of a sheet). */
    public static final BigDecimal MAX_VALUE = BigDecimal.TEN.pow(16);
    /** Values have at most this many decimals. */
    public static final int MAX_SCALE = 20;
    /** A note holds at most this many characters. */
    public static final int MAX_NOTE = 4000;
    /** An indicator holds at most this many values. */
    public static final int MAX_PER_INDICATOR = 1000;

    public Measurement {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(value, "value");
        value = value.stripTrailingZeros();
        note = note == null ? "" : note.strip();
    }

    /** Whether the value stays within {@link #MAX_VALUE} and {@link #MAX_SCALE}. */
    public boolean valueWithinLimits() {
        return value.abs().compareTo(MAX_VALUE) < 0 && value.scale() <= MAX_SCALE;
    }
}
