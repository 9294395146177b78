package de.werkbank.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PositionsTest {

    @Test
    void aCardInAnEmptyColumnGetsTheFirstGap() {
        assertThat(Positions.between(null, null)).hasValue(Positions.GAP);
    }

    @Test
    void aCardAtTheEndGoesOneGapFurther() {
        assertThat(Positions.between(200L, null)).hasValue(200L + Positions.GAP);
    }

    @Test
    void aCardBetweenTwoTakesTheMiddle() {
        assertThat(Positions.between(100L, 200L)).hasValue(150L);
    }

    @Test
    void aCardAtTheTopTakesHalfOfTheFirst() {
        assertThat(Positions.between(null, 100L)).hasValue(50L);
    }

    @Test
    void noRoomBetweenNeighboursMeansRenumbering() {
        assertThat(Positions.between(100L, 101L)).isEmpty();
        assertThat(Positions.between(null, 1L)).isEmpty();
    }
}
