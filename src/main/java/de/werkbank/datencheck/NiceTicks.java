package de.werkbank.datencheck;

/**
 * Even axis ticks for a chart: a step of 1, 2 or 5 times a power of ten, and bounds on whole steps
 * around the data, so that every tick label is written with the same few decimals (20,5 / 21,0 /
 * 21,5, never 20,5 / 20,8 / 21).
 *
 * @param lower the axis' lower bound, a multiple of {@code step}
 * @param upper the axis' upper bound, a multiple of {@code step}
 * @param step the distance between ticks
 * @param decimals how many decimals the labels need to tell the ticks apart
 */
public record NiceTicks(double lower, double upper, double step, int decimals) {

    /** About {@code ticks} even ticks (at least 2) covering {@code min} to {@code max}. */
    public static NiceTicks covering(double min, double max, int ticks) {
        if (!(min <= max) || Double.isInfinite(min) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("no range: " + min + " to " + max);
        }
        double span = max - min;
        if (span == 0) {
            span = min == 0 ? 1 : Math.abs(min) / 10;
        }
        double rough = span / Math.max(1, ticks - 1);
        int exponent = (int) Math.floor(Math.log10(rough));
        double power = Math.pow(10, exponent);
        double fraction = rough / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        double step = nice * power;
        int decimals = Math.max(0, -(int) Math.floor(Math.log10(step) + 1e-9));
        double lower = Math.floor(min / step + 1e-9) * step;
        double upper = Math.ceil(max / step - 1e-9) * step;
        if (upper <= lower) {
            upper = lower + step;
        }
        return new NiceTicks(round(lower, decimals), round(upper, decimals), step, decimals);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
