package de.werkbank.datencheck;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Numbers as German offices write them ({@code 1.234,5}: thousands dot, decimal comma) or as
 * English-style CSV does ({@code 1234.5}), and the marks for missing or secret values.
 */
public final class GermanNumbers {

    /** The marks statistics offices use for values that are missing, secret or not sensible. */
    public static final Set<String> MISSING_MARKS = Set.of("-", ".", "x", "X", "/", "...", "…");

    private static final Pattern GERMAN = Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");
    private static final Pattern POINT = Pattern.compile("-?\\d+(\\.\\d+)?");

    private GermanNumbers() {
    }

    /**
     * The number in {@code text}, or empty if it is none.
     *
     * @param decimalComma {@code true} for German style, {@code false} for a decimal point without grouping
     */
    public static Optional<BigDecimal> parse(String text, boolean decimalComma) {
        String t = text.strip();
        if (decimalComma) {
            return GERMAN.matcher(t).matches()
                    ? Optional.of(new BigDecimal(t.replace(".", "").replace(',', '.'))) : Optional.empty();
        }
        return POINT.matcher(t).matches() ? Optional.of(new BigDecimal(t)) : Optional.empty();
    }

    public static boolean isMissingMark(String text) {
        return MISSING_MARKS.contains(text.strip());
    }
}
