package de.werkbank.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LegendRowsTest {

    @Test
    void aClassWhoseLimitsRoundAlikeGetsTheDecimalsThatTellThemApart() {
        var classes = new Classes(new double[] {21.4, 32.98, 33.04, 40.0}, new int[] {5, 1, 9});
        assertThat(LegendRows.of(classes, 1, Locale.GERMAN))
                .containsExactly("21,40 – 32,98", "32,98 – 33,04", "33,04 – 40,00");
    }

    @Test
    void classesThatReadApartKeepTheIndicatorsDecimals() {
        var classes = new Classes(new double[] {1.0, 2.5, 4.0}, new int[] {3, 4});
        assertThat(LegendRows.of(classes, 1, Locale.GERMAN)).containsExactly("1,0 – 2,5", "2,5 – 4,0");
    }

    @Test
    void aSmallNegativeValueIsZeroWithoutASign() {
        assertThat(LegendRows.format(-0.04, 1, Locale.GERMAN)).isEqualTo("0,0");
        assertThat(LegendRows.format(-0.06, 1, Locale.GERMAN)).isEqualTo("-0,1");
        assertThat(LegendRows.format(-0.0, 0, Locale.ENGLISH)).isEqualTo("0");
    }
}
