package de.werkbank.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClassificationTest {

    private static final double[] ONE_TO_TEN = {7, 1, 10, 2, 9, 3, 8, 4, 6, 5};

    @Test
    void quantilesPutTheSameNumberOfAreasInEachClass() {
        Classes c = Classification.of(ONE_TO_TEN, ClassMethod.QUANTILE, 5, null);

        assertThat(c.limits()).containsExactly(1, 2, 4, 6, 8, 10);
        assertThat(c.counts()).containsExactly(2, 2, 2, 2, 2);
        assertThat(c.classOf(2)).isZero();
        assertThat(c.classOf(2.5)).isEqualTo(1);
        assertThat(c.classOf(10)).isEqualTo(4);
    }

    @Test
    void equalIntervalsSplitTheRangeEvenly() {
        Classes c = Classification.of(new double[] {0, 1, 2, 3, 10}, ClassMethod.EQUAL, 4, null);

        assertThat(c.limits()).containsExactly(0, 2.5, 5, 7.5, 10);
        assertThat(c.counts()).containsExactly(3, 1, 0, 1);
    }

    @Test
    void naturalBreaksFindTheGaps() {
        Classes c = Classification.of(new double[] {22, 1, 11, 2, 21, 3, 10, 12, 20}, ClassMethod.JENKS, 3, null);

        assertThat(c.limits()).containsExactly(1, 3, 12, 22);
        assertThat(c.counts()).containsExactly(3, 3, 3);
    }

    @Test
    void ckmeansFindsTheSameOptimumAsTryingEveryDivision() {
        Random random = new Random(7);
        for (int run = 0; run < 20; run++) {
            double[] v = new double[12];
            for (int i = 0; i < v.length; i++) {
                v[i] = Math.round(random.nextGaussian() * 100) / 10.0 + (i % 3) * 5;
            }
            Arrays.sort(v);
            int[] starts = Ckmeans.groupStarts(v, 4);
            assertThat(ssq(v, starts)).isCloseTo(bruteForce(v, 4), org.assertj.core.api.Assertions.within(1e-9));
        }
    }

    @Test
    void manualBreaksAreTakenAsTyped() {
        Classes c = Classification.of(new double[] {28, 31, 33, 36, 41}, ClassMethod.MANUAL, 5, new double[] {35, 30});

        assertThat(c.limits()).containsExactly(28, 30, 35, 41);
        assertThat(c.counts()).containsExactly(1, 2, 2);
    }

    @Test
    void fewerDistinctValuesMakeFewerClasses() {
        Classes c = Classification.of(new double[] {4, 4, 4, 9}, ClassMethod.QUANTILE, 5, null);

        assertThat(c.size()).isEqualTo(2);
        assertThat(Arrays.stream(c.counts()).sum()).isEqualTo(4);
    }

    @Test
    void balancesDivergeAroundZeroLossesRedGainsBlue() {
        Classes c = Classification.of(new double[] {-8, -4, -1, 2, 6}, ClassMethod.MANUAL, 5, new double[] {-4, 0});
        int[] colours = Palette.RDBU.colours(c);

        assertThat(colours).hasSize(3);
        assertThat(red(colours[0])).isGreaterThan(blue(colours[0]));
        assertThat(red(colours[1])).isGreaterThan(blue(colours[1]));
        assertThat(red(colours[0])).isLessThan(red(colours[1]) + 1);
        assertThat(blue(colours[2])).isGreaterThan(red(colours[2]));
    }

    @Test
    void sequentialPalettesTakeColorBrewersSchemeForTheClassCount() {
        Classes c = Classification.of(ONE_TO_TEN, ClassMethod.QUANTILE, 5, null);

        assertThat(Palette.BLUES.colours(c)).containsExactly(0xeff3ff, 0xbdd7e7, 0x6baed6, 0x3182bd, 0x08519c);
    }

    private static int red(int rgb) {
        return (rgb >> 16) & 0xff;
    }

    private static int blue(int rgb) {
        return rgb & 0xff;
    }

    private static double ssq(double[] v, int[] starts) {
        double total = 0;
        for (int g = 0; g < starts.length; g++) {
            int end = g + 1 < starts.length ? starts[g + 1] : v.length;
            total += ssq(v, starts[g], end);
        }
        return total;
    }

    private static double ssq(double[] v, int from, int to) {
        double mean = Arrays.stream(v, from, to).average().orElse(0);
        return Arrays.stream(v, from, to).map(x -> (x - mean) * (x - mean)).sum();
    }

    private static double bruteForce(double[] v, int k) {
        return best(v, 0, k);
    }

    private static double best(double[] v, int from, int k) {
        if (k == 1) {
            return ssq(v, from, v.length);
        }
        double min = Double.MAX_VALUE;
        for (int end = from + 1; end <= v.length - (k - 1); end++) {
            min = Math.min(min, ssq(v, from, end) + best(v, end, k - 1));
        }
        return min;
    }
}
