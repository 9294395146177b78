package de.werkbank.datencheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.werkbank.area.Area;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The chart data against hand-computed figures, on a Kreis "K" with the Kommunen "A" and "B" where "A"
 * has no values of its own but two Ortsteile "A1" and "A2".
 */
class ChartDataTest {

    private static final List<Area> AREAS = List.of(
            area("K", Area.Level.KREIS, null), area("A", Area.Level.KOMMUNE, "K"), area("B", Area.Level.KOMMUNE, "K"),
            area("A1", Area.Level.ORTSTEIL, "A"), area("A2", Area.Level.ORTSTEIL, "A"));

    private static Area area(String key, Area.Level level, String parent) {
        return new Area(UUID.randomUUID(), key, "Gebiet " + key, level, parent);
    }

    private static Observation value(String area, String indicator, int year, String age, Sex sex, Integer value) {
        return new Observation(area, indicator, year, age, sex, value == null ? null : BigDecimal.valueOf(value),
                value == null ? "." : null, "Personen");
    }

    private static final List<Observation> POPULATION = List.of(
            value("A1", "bevoelkerung", 2020, "0-4", Sex.M, 10), value("A1", "bevoelkerung", 2020, "0-4", Sex.W, 12),
            value("A1", "bevoelkerung", 2020, "5-9", Sex.M, 7), value("A1", "bevoelkerung", 2020, "5-9", Sex.W, 8),
            value("A1", "bevoelkerung", 2020, "85+", Sex.M, 1), value("A1", "bevoelkerung", 2020, "85+", Sex.W, 3),
            value("A1", "bevoelkerung", 2019, "0-4", Sex.M, 99),
            value("A2", "bevoelkerung", 2020, "85+", Sex.M, 2), value("A2", "bevoelkerung", 2020, "85+", Sex.W, 2),
            value("A2", "bevoelkerung", 2020, "0-4", Sex.M, 5), value("A2", "bevoelkerung", 2020, "0-4", Sex.W, 4),
            value("A2", "bevoelkerung", 2020, "", Sex.INSGESAMT, 100),
            value("A2", "bevoelkerung", 2020, "5-9", Sex.D, 50),
            value("B", "bevoelkerung", 2020, "0-4", Sex.M, 20), value("B", "bevoelkerung", 2020, "0-4", Sex.W, 20),
            value("B", "bevoelkerung", 2020, "5-9", Sex.W, null));

    @Test
    void thePyramidOfAnAreaWithoutValuesAddsUpItsOrtsteileByAgeGroupAndSex() {
        List<PopulationPyramid.Bar> bars = new PopulationPyramid(AREAS, POPULATION).bars("A", 2020);
        assertThat(bars).extracting(PopulationPyramid.Bar::label).containsExactly("0-4", "5-9", "85+");
        assertThat(bars).extracting(PopulationPyramid.Bar::men).containsExactly(15.0, 7.0, 3.0);
        assertThat(bars).extracting(PopulationPyramid.Bar::women).containsExactly(16.0, 8.0, 5.0);
        assertThat(PopulationPyramid.largest(bars)).isEqualTo(16);
    }

    @Test
    void theKreisPyramidAddsUpItsKommunenLevelByLevelAndLeavesOutMissingValues() {
        List<PopulationPyramid.Bar> bars = new PopulationPyramid(AREAS, POPULATION).bars("K", 2020);
        assertThat(bars).extracting(PopulationPyramid.Bar::men).containsExactly(35.0, 7.0, 3.0);
        assertThat(bars).extracting(PopulationPyramid.Bar::women).containsExactly(36.0, 8.0, 5.0);
        assertThat(new PopulationPyramid(AREAS, POPULATION).bars("B", 2018)).isEmpty();
    }

    private static final List<Observation> BIRTHS = List.of(
            value("A1", "geburten", 2019, "", Sex.INSGESAMT, 10), value("A1", "geburten", 2020, "", Sex.INSGESAMT, 12),
            value("A2", "geburten", 2019, "", Sex.M, 3), value("A2", "geburten", 2019, "", Sex.W, 4),
            value("A2", "geburten", 2020, "", Sex.M, null), value("A2", "geburten", 2020, "", Sex.W, 5),
            value("A1", "geburten", 2021, "0-4", Sex.M, 1), value("A1", "geburten", 2021, "0-4", Sex.W, 2),
            value("A1", "geburten", 2021, "5-9", Sex.M, 3),
            value("A2", "geburten", 2021, "", Sex.INSGESAMT, 4), value("A2", "geburten", 2021, "", Sex.M, 2),
            value("A2", "geburten", 2021, "", Sex.W, 2),
            value("B", "geburten", 2019, "", Sex.INSGESAMT, 30), value("B", "geburten", 2020, "", Sex.INSGESAMT, 40));

    @Test
    void aTimeSeriesTakesTheTotalsAndSumsChildrenButNotOverASecretValue() {
        // A: 2019 = 10 + (3 + 4); 2020 has a secret value in A2; 2021 = (1 + 2 + 3) + 4 (the total, not m + w)
        assertThat(TimeSeries.stored(AREAS, BIRTHS, "A").values()).isEqualTo(Map.of(2019, 17.0, 2021, 10.0));
        // K = A + B: 2019 = 17 + 30; 2020 has A's gap; 2021 has no value of B
        assertThat(TimeSeries.stored(AREAS, BIRTHS, "K").values()).isEqualTo(Map.of(2019, 47.0));
        assertThat(TimeSeries.stored(AREAS, BIRTHS, "B").values()).isEqualTo(Map.of(2019, 30.0, 2020, 40.0));
    }

    @Test
    void anIndexSetsTheBaseYearTo100() {
        TimeSeries b = TimeSeries.stored(AREAS, BIRTHS, "B").indexed(2019);
        assertThat(b.values().get(2019)).isEqualTo(100.0);
        assertThat(b.values().get(2020)).isCloseTo(133.333, within(0.001));
        assertThat(TimeSeries.stored(AREAS, BIRTHS, "B").indexed(2018).values()).isEmpty();
    }

    @Test
    void aFigureOfTheDatencheckOverTheYearsAgainstTheKreis() {
        List<Observation> population = List.of(
                value("A1", "bevoelkerung", 2019, "0-64", Sex.M, 80), value("A1", "bevoelkerung", 2019, "65+", Sex.M, 20),
                value("A1", "bevoelkerung", 2020, "0-64", Sex.M, 75), value("A1", "bevoelkerung", 2020, "65+", Sex.M, 25),
                value("B", "bevoelkerung", 2019, "0-64", Sex.W, 90), value("B", "bevoelkerung", 2019, "65+", Sex.W, 10),
                value("B", "bevoelkerung", 2020, "0-64", Sex.W, 95), value("B", "bevoelkerung", 2020, "65+", Sex.W, 5));
        ProfileTable table = new ProfileTable(AREAS, population, List.of());
        Area a = AREAS.get(1);
        Area kreis = AREAS.get(0);
        assertThat(TimeSeries.figure(table, ProfileTable.Column.SHARE_65, a, 2019, AgeLimits.STANDARD).values())
                .isEqualTo(Map.of(2019, 20.0, 2020, 25.0));
        // the Kreis: (20 + 10) / 200 and (25 + 5) / 200
        assertThat(TimeSeries.figure(table, ProfileTable.Column.SHARE_65, kreis, 2019, AgeLimits.STANDARD).values())
                .isEqualTo(Map.of(2019, 15.0, 2020, 15.0));
        assertThat(TimeSeries.figure(table, ProfileTable.Column.POPULATION, kreis, 2019, AgeLimits.STANDARD).values())
                .isEqualTo(Map.of(2019, 200.0, 2020, 200.0));
    }
}
