package de.werkbank.map;

import java.util.Arrays;

/** Divides a map's values into 3–9 classes by one of the {@link ClassMethod}s. */
public final class Classification {

    public static final int MIN_CLASSES = 3;
    public static final int MAX_CLASSES = 9;

    private Classification() {
    }

    /**
     * @param values the areas' values (no NaN)
     * @param classes wanted number of classes, 3–9; fewer when there are fewer distinct values
     * @param manualBreaks for {@link ClassMethod#MANUAL}: the upper limits of all classes but the last
     */
    public static Classes of(double[] values, ClassMethod method, int classes, double[] manualBreaks) {
        if (values.length == 0) {
            return new Classes(new double[] {0, 0}, new int[] {0});
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double min = sorted[0];
        double max = sorted[sorted.length - 1];
        int k = Math.max(1, Math.min(Math.max(MIN_CLASSES, Math.min(MAX_CLASSES, classes)), distinct(sorted)));
        double[] limits = new double[k + 1];
        switch (method) {
            case EQUAL -> {
                for (int i = 0; i <= k; i++) {
                    limits[i] = min + (max - min) * i / k;
                }
            }
            case QUANTILE -> {
                for (int i = 1; i < k; i++) {
                    limits[i] = sorted[(int) Math.ceil((double) i * sorted.length / k) - 1];
                }
            }
            case JENKS -> {
                int[] starts = Ckmeans.groupStarts(sorted, k);
                for (int i = 1; i < k; i++) {
                    limits[i] = sorted[starts[i] - 1];
                }
            }
            case MANUAL -> {
                double[] breaks = Arrays.stream(manualBreaks).filter(b -> b > min && b < max).sorted().distinct().toArray();
                limits = new double[breaks.length + 2];
                System.arraycopy(breaks, 0, limits, 1, breaks.length);
            }
        }
        limits[0] = min;
        limits[limits.length - 1] = max;
        int[] counts = new int[limits.length - 1];
        Classes shape = new Classes(limits, counts);
        for (double v : sorted) {
            counts[shape.classOf(v)]++;
        }
        return new Classes(limits, counts);
    }

    private static int distinct(double[] sorted) {
        int n = 1;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] != sorted[i - 1]) {
                n++;
            }
        }
        return n;
    }
}
