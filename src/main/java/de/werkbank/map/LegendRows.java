package de.werkbank.map;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The legend's rows „lower – upper“ of a classification: with as many decimals as it takes (from the
 * indicator's own, up to three more) that no class reads as empty („33,0 – 33,0“), and never a
 * negative zero („-0,0“).
 */
public final class LegendRows {

    private static final int MORE_DECIMALS = 3;

    private LegendRows() {
    }

    /** One row per class, in the locale's number format. */
    public static List<String> of(Classes classes, int decimals, Locale locale) {
        int d = decimals;
        while (d < decimals + MORE_DECIMALS && hasEmptyClass(classes, d)) {
            d++;
        }
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < classes.size(); i++) {
            rows.add(format(classes.lower(i), d, locale) + " – " + format(classes.upper(i), d, locale));
        }
        return rows;
    }

    /** A number with this many decimals; a value that rounds to zero is written without a sign. */
    public static String format(double value, int decimals, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        double rounded = round(value, decimals);
        return f.format(rounded == 0 ? 0.0 : rounded);
    }

    private static boolean hasEmptyClass(Classes classes, int decimals) {
        for (int i = 0; i < classes.size(); i++) {
            if (classes.upper(i) > classes.lower(i)
                    && round(classes.lower(i), decimals) == round(classes.upper(i), decimals)) {
                return true;
            }
        }
        return false;
    }

    private static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
    }
}
