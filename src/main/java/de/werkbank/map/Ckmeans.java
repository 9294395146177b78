package de.werkbank.map;

/**
 * Optimal one-dimensional k-means (Wang and Song, "Ckmeans.1d.dp", R Journal 2011): the division of
 * sorted values into k groups with the least sum of squared deviations, which is what Jenks' natural
 * breaks look for. Dynamic programming whose rows are filled by divide and conquer (the best split
 * moves right as the end moves right), O(k·n·log n) instead of the classic O(k·n²).
 */
final class Ckmeans {

    private Ckmeans() {
    }

    /**
     * @param sorted ascending values, at least {@code k} distinct ones
     * @return the index of the first value of each group, {@code k} entries starting with 0
     */
    static int[] groupStarts(double[] sorted, int k) {
        int n = sorted.length;
        double shift = sorted[n / 2];
        double[] s1 = new double[n + 1];
        double[] s2 = new double[n + 1];
        for (int i = 0; i < n; i++) {
            double x = sorted[i] - shift;
            s1[i + 1] = s1[i] + x;
            s2[i + 1] = s2[i] + x * x;
        }
        double[][] cost = new double[k][n];
        int[][] start = new int[k][n];
        for (int i = 0; i < n; i++) {
            cost[0][i] = ssq(s1, s2, 0, i);
        }
        for (int q = 1; q < k; q++) {
            fill(q, q, n - 1, q, n - 1, cost, start, s1, s2);
        }
        int[] starts = new int[k];
        int end = n - 1;
        for (int q = k - 1; q >= 0; q--) {
            starts[q] = q == 0 ? 0 : start[q][end];
            end = starts[q] - 1;
        }
        return starts;
    }

    /** Row q for ends {@code lo..hi}, knowing the best start lies in {@code from..to}. */
    private static void fill(int q, int lo, int hi, int from, int to, double[][] cost, int[][] start, double[] s1, double[] s2) {
        if (lo > hi) {
            return;
        }
        int mid = (lo + hi) >>> 1;
        double best = Double.POSITIVE_INFINITY;
        int bestStart = Math.max(q, from);
        for (int j = Math.max(q, from); j <= Math.min(mid, to); j++) {
            double c = cost[q - 1][j - 1] + ssq(s1, s2, j, mid);
            if (c < best) {
                best = c;
                bestStart = j;
            }
        }
        cost[q][mid] = best;
        start[q][mid] = bestStart;
        fill(q, lo, mid - 1, from, bestStart, cost, start, s1, s2);
        fill(q, mid + 1, hi, bestStart, to, cost, start, s1, s2);
    }

    /** The sum of squared deviations of values {@code j..i}. */
    private static double ssq(double[] s1, double[] s2, int j, int i) {
        int n = i - j + 1;
        double sum = s1[i + 1] - s1[j];
        return Math.max(0, s2[i + 1] - s2[j] - sum * sum / n);
    }
}
