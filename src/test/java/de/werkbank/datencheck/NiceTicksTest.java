package de.werkbank.datencheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NiceTicksTest {

    @Test
    void theUsersRangeGetsEvenTicksOfAFifth() {
        // the Zeitreihe that showed 20,5 / 20,8 / 21 / 21,2
        var ticks = NiceTicks.covering(20.46, 21.27, 6);
        assertThat(ticks.step()).isEqualTo(0.2);
        assertThat(ticks.lower()).isEqualTo(20.4);
        assertThat(ticks.upper()).isEqualTo(21.4);
        assertThat(ticks.decimals()).isEqualTo(1);
    }

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(NiceTicks.covering(0, 100, 6).step()).isEqualTo(20);
        assertThat(NiceTicks.covering(250_000, 270_000, 6).step()).isEqualTo(5_000);
        assertThat(NiceTicks.covering(95, 112, 6).step()).isEqualTo(5);
        assertThat(NiceTicks.covering(95, 112, 6).lower()).isEqualTo(95);
        assertThat(NiceTicks.covering(95, 112, 6).upper()).isEqualTo(115);
        assertThat(NiceTicks.covering(0, 100, 6).decimals()).isZero();
    }

    @Test
    void aSingleValueGetsARangeAroundIt() {
        var ticks = NiceTicks.covering(42, 42, 6);
        assertThat(ticks.lower()).isLessThanOrEqualTo(42);
        assertThat(ticks.upper()).isGreaterThan(ticks.lower());
        assertThatThrownBy(() -> NiceTicks.covering(2, 1, 6)).isInstanceOf(IllegalArgumentException.class);
    }
}
