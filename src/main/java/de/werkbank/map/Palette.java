package de.werkbank.map;

import java.util.List;

/**
 * ColorBrewer palettes (Cynthia Brewer, colorbrewer2.org, Apache-2.0): sequential ones for counts,
 * shares and ages, and the diverging red–blue one for balances, centred on 0 (losses red, gains blue).
 */
public enum Palette {
    BLUES(false, "deebf7 9ecae1 3182bd", "eff3ff bdd7e7 6baed6 2171b5", "eff3ff bdd7e7 6baed6 3182bd 08519c",
            "eff3ff c6dbef 9ecae1 6baed6 3182bd 08519c", "eff3ff c6dbef 9ecae1 6baed6 4292c6 2171b5 084594",
            "f7fbff deebf7 c6dbef 9ecae1 6baed6 4292c6 2171b5 084594",
            "f7fbff deebf7 c6dbef 9ecae1 6baed6 4292c6 2171b5 08519c 08306b"),
    GREENS(false, "e5f5e0 a1d99b 31a354", "edf8e9 bae4b3 74c476 238b45", "edf8e9 bae4b3 74c476 31a354 006d2c",
            "edf8e9 c7e9c0 a1d99b 74c476 31a354 006d2c", "edf8e9 c7e9c0 a1d99b 74c476 41ab5d 238b45 005a32",
            "f7fcf5 e5f5e0 c7e9c0 a1d99b 74c476 41ab5d 238b45 005a32",
            "f7fcf5 e5f5e0 c7e9c0 a1d99b 74c476 41ab5d 238b45 006d2c 00441b"),
    PURPLES(false, "efedf5 bcbddc 756bb1", "f2f0f7 cbc9e2 9e9ac8 6a51a3", "f2f0f7 cbc9e2 9e9ac8 756bb1 54278f",
            "f2f0f7 dadaeb bcbddc 9e9ac8 756bb1 54278f", "f2f0f7 dadaeb bcbddc 9e9ac8 807dba 6a51a3 4a1486",
            "fcfbfd efedf5 dadaeb bcbddc 9e9ac8 807dba 6a51a3 4a1486",
            "fcfbfd efedf5 dadaeb bcbddc 9e9ac8 807dba 6a51a3 54278f 3f007d"),
    YLORRD(false, "ffeda0 feb24c f03b20", "ffffb2 fecc5c fd8d3c e31a1c", "ffffb2 fecc5c fd8d3c f03b20 bd0026",
            "ffffb2 fed976 feb24c fd8d3c f03b20 bd0026", "ffffb2 fed976 feb24c fd8d3c fc4e2a e31a1c b10026",
            "ffffcc ffeda0 fed976 feb24c fd8d3c fc4e2a e31a1c b10026",
            "ffffcc ffeda0 fed976 feb24c fd8d3c fc4e2a e31a1c bd0026 800026"),
    /** Diverging: negative classes take the red half, positive ones the blue half, a class around 0 grey-white. */
    RDBU(true, "b2182b d6604d f4a582 fddbc7 f7f7f7 d1e5f0 92c5de 4393c3 2166ac");

    /** The colour of areas without a value. */
    public static final int NO_DATA = 0xd9d9d9;

    private final boolean diverging;
    private final List<int[]> schemes;

    Palette(boolean diverging, String... schemes) {
        this.diverging = diverging;
        this.schemes = java.util.Arrays.stream(schemes).map(Palette::colours).toList();
    }

    public boolean diverging() {
        return diverging;
    }

    /** One RGB colour per class. */
    public int[] colours(Classes classes) {
        int k = classes.size();
        if (!diverging) {
            int[] scheme = schemes.get(Math.max(3, k) - 3);
            int[] out = new int[k];
            int offset = k < 3 ? 3 - k : 0;
            for (int i = 0; i < k; i++) {
                out[i] = scheme[i + offset];
            }
            return out;
        }
        int[] ramp = schemes.get(0);
        int negative = 0;
        int positive = 0;
        for (int c = 0; c < k; c++) {
            if (classes.upper(c) <= 0 && classes.lower(c) < 0) {
                negative++;
            } else if (classes.lower(c) >= 0 && classes.upper(c) > 0) {
                positive++;
            }
        }
        int side = Math.max(1, Math.max(negative, positive));
        int[] out = new int[k];
        for (int c = 0; c < k; c++) {
            if (c < negative) {
                out[c] = along(ramp, 3, -1, distance(negative - 1 - c, side));
            } else if (c >= k - positive) {
                out[c] = along(ramp, 5, 1, distance(c - (k - positive), side));
            } else {
                out[c] = ramp[4];
            }
        }
        return out;
    }

    /** 0 for the class nearest to 0, 1 for the farthest class of the longer side. */
    private static double distance(int d, int side) {
        return side == 1 ? 0.5 : (double) d / (side - 1);
    }

    /** The colour a fraction {@code t} along the half-ramp starting at {@code from}, stepping {@code step}. */
    private static int along(int[] ramp, int from, int step, double t) {
        double at = t * 3;
        int i = (int) Math.floor(at);
        if (i >= 3) {
            return ramp[from + 3 * step];
        }
        return mix(ramp[from + i * step], ramp[from + (i + 1) * step], at - i);
    }

    private static int mix(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 0xff) * (1 - t) + ((b >> 16) & 0xff) * t);
        int g = (int) Math.round(((a >> 8) & 0xff) * (1 - t) + ((b >> 8) & 0xff) * t);
        int bl = (int) Math.round((a & 0xff) * (1 - t) + (b & 0xff) * t);
        return (r << 16) | (g << 8) | bl;
    }

    private static int[] colours(String hex) {
        return java.util.Arrays.stream(hex.split(" ")).mapToInt(h -> Integer.parseInt(h, 16)).toArray();
    }
}
