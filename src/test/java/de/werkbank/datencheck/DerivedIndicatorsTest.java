package de.werkbank.datencheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Derived indicators against values worked out by hand. */
class DerivedIndicatorsTest {

    /** 100 people in each five-year group from 0 to 79, 50 aged 80–84 and 50 aged 85+: 1,700 in all. */
    private static AgeProfile profile() {
        AgeProfile p = new AgeProfile();
        for (int from = 0; from < 80; from += 5) {
            p.add(AgeGroup.parse(from + "-" + (from + 4)).orElseThrow(), 60);
            p.add(AgeGroup.parse(from + "-" + (from + 4)).orElseThrow(), 40);
        }
        p.add(AgeGroup.parse("80-84").orElseThrow(), 50);
        p.add(AgeGroup.parse("85+").orElseThrow(), 50);
        return p;
    }

    private static double value(OptionalDouble d) {
        assertThat(d).isPresent();
        return d.getAsDouble();
    }

    @Test
    void quotientsAndSharesWithTheStandardLimits() {
        AgeProfile p = profile();
        assertThat(p.total()).isEqualTo(1700);
        assertThat(value(p.jugendquotient(AgeLimits.STANDARD))).isCloseTo(400.0 / 900 * 100, within(1e-9));
        assertThat(value(p.altenquotient(AgeLimits.STANDARD))).isCloseTo(400.0 / 900 * 100, within(1e-9));
        assertThat(value(p.shareFrom(65))).isCloseTo(400.0 / 1700 * 100, within(1e-9));
        assertThat(value(p.shareFrom(80))).isCloseTo(100.0 / 1700 * 100, within(1e-9));
    }

    @Test
    void limitsThatCutThroughAnAgeGroupGiveNoValue() {
        AgeProfile p = profile();
        assertThat(p.share(0, 17)).isEmpty();
        assertThat(p.jugendquotient(new AgeLimits(18, 65, 80, 90))).isEmpty();
        assertThat(value(p.jugendquotient(new AgeLimits(15, 65, 80, 90)))).isCloseTo(300.0 / 1000 * 100, within(1e-9));
    }

    @Test
    void averageAgeFromGroupMiddlesAndMedianByInterpolation() {
        AgeProfile p = profile();
        assertThat(value(p.averageAge(AgeLimits.STANDARD))).isCloseTo(42.7206, within(1e-4));
        assertThat(value(p.medianAge())).isCloseTo(42.5, within(1e-9));
        assertThat(new AgeProfile().medianAge()).isEmpty();
    }

    @Test
    void balancesPerThousandAndChangeAgainstABaseYear() {
        assertThat(value(Balances.migrationPer1000(5200, 4700, 100_000))).isCloseTo(5.0, within(1e-9));
        assertThat(value(Balances.naturalPer1000(800, 1200, 99_000, 101_000))).isCloseTo(-4.0, within(1e-9));
        assertThat(value(Balances.changeSince(258_524, 269_153))).isCloseTo(4.1114, within(1e-4));
        assertThat(Balances.migrationPer1000(1, 1, 0)).isEmpty();
    }

    @Test
    void ageGroupLabelsAsOfficesWriteThem() {
        assertThat(AgeGroup.parse("65+")).contains(new AgeGroup(65, null));
        assertThat(AgeGroup.parse("unter 3")).contains(new AgeGroup(0, 2));
        assertThat(AgeGroup.parse("5-9")).contains(new AgeGroup(5, 9));
        assertThat(AgeGroup.parse("9-5")).isEmpty();
        assertThat(AgeGroup.parse("")).isEmpty();
    }
}
