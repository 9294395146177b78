package de.werkbank.datencheck;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The largest things the store keeps for the Datencheck (the column sizes of {@code db/migration}):
 * the readers check them, so a file is refused with its line and column, not with the database's words.
 */
public final class DataLimits {

    /** {@code datencheck_indicator.name varchar(200)}. */
    public static final int INDICATOR_NAME = 200;
    /** {@code datencheck_indicator.unit varchar(60)}. */
    public static final int UNIT = 60;
    /** {@code datencheck_source.name varchar(300)}. */
    public static final int SOURCE = 300;
    /** {@code area.area_key varchar(40)}: longer keys cannot be an area's. */
    public static final int AREA_KEY = 40;
    /** An amount keeps four decimals and stays below 10^16 (as {@code decimal(20, 4)} did; schema 22 keeps it as text). */
    private static final BigDecimal VALUE_LIMIT = BigDecimal.TEN.pow(16);

    private DataLimits() {
    }

    /** Whether the store can keep the value (its size below 10^16; decimals beyond four are rounded). */
    public static boolean fits(BigDecimal value) {
        return value.abs().compareTo(VALUE_LIMIT) < 0
                && value.setScale(4, RoundingMode.HALF_UP).abs().compareTo(VALUE_LIMIT) < 0;
    }

    /** A text from a file as a message quotes it: at most 60 characters. */
    static String shortened(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
