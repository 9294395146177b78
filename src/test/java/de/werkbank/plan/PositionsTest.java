package de.werkbank.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PositionsTest {

    @Test
    void aCardInAnEmptyColumnGetsTheFirstGap() {
        assertThat(Positions.at(List.of(), 0)).hasValue(Positions.GAP);
    }

    @Test
    void aCardAtTheEndGoesOneGapFurther() {
        assertThat(Positions.at(List.of(100L, 200L), 2)).hasValue(200L + Positions.GAP);
    }

    @Test
    void aCardBetweenTwoTakesTheMiddle() {
        assertThat(Positions.at(List.of(100L, 200L), 1)).hasValue(150L);
    }

    @Test
    void aCardAtTheTopTakesHalfOfTheFirst() {
        assertThat(Positions.at(List.of(100L, 200L), 0)).hasValue(50L);
    }

    @Test
    void noRoomBetweenNeighboursMeansRenumbering() {
        assertThat(Positions.at(List.of(100L, 101L), 1)).isEmpty();
        assertThat(Positions.at(List.of(1L), 0)).isEmpty();
    }
}
