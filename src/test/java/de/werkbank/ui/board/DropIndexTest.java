package de.werkbank.ui.board;

import static de.werkbank.ui.board.LaneRowsTest.card;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Where a card dropped at a place of a lane lands among its column's cards (pure). */
class DropIndexTest {

    // the column top to bottom: a(F) b(G) c(F) d(G) e(F); lane F shows a c e, lane G b d
    private final CardItem a = card("a", "F", 10);
    private final CardItem b = card("b", "G", 20);
    private final CardItem c = card("c", "F", 30);
    private final CardItem d = card("d", "G", 40);
    private final CardItem e = card("e", "F", 50);
    private final List<CardItem> column = List.of(a, b, c, d, e);
    private final List<CardItem> laneF = List.of(a, c, e);
    private final List<CardItem> laneG = List.of(b, d);

    @Test
    void aNewCardBetweenTwoOfItsLaneStandsRightBeforeTheLowerOne() {
        // index 2 among a b c d e: between b and c, so lane F shows a, new, c
        assertThat(DropIndex.amongOthers(column, laneF, 1, null)).hasValue(2);
    }

    @Test
    void aNewCardAtTheEndOfItsLaneStandsRightAfterTheLastOne() {
        assertThat(DropIndex.amongOthers(column, laneG, 2, null)).hasValue(4);
        assertThat(DropIndex.amongOthers(column, laneF, 3, null)).hasValue(5);
    }

    @Test
    void aNewCardInAnEmptyLaneGoesToTheEndOfTheColumn() {
        assertThat(DropIndex.amongOthers(column, List.of(), 0, null)).hasValue(5);
    }

    @Test
    void aCardMovedDownInItsLaneCountsWithoutItself() {
        // a before e: among b c d e that is index 3, between d and e; lane F shows c, a, e
        assertThat(DropIndex.amongOthers(column, laneF, 2, a.card().id())).hasValue(3);
    }

    @Test
    void aCardMovedUpInItsLaneTakesThePlaceBeforeTheUpperNeighbour() {
        assertThat(DropIndex.amongOthers(column, laneF, 0, e.card().id())).hasValue(0);
        assertThat(DropIndex.amongOthers(column, laneG, 0, d.card().id())).hasValue(1);
    }

    @Test
    void aCardDroppedRightAboveOrBelowItselfStays() {
        assertThat(DropIndex.amongOthers(column, laneF, 1, c.card().id())).isEqualTo(OptionalInt.empty());
        assertThat(DropIndex.amongOthers(column, laneF, 2, c.card().id())).isEqualTo(OptionalInt.empty());
    }

    @Test
    void aCardMovedIntoAnotherLaneOfItsColumnStandsBetweenItsNewNeighbours() {
        // b into lane F between a and c: among a c d e right before c, index 1
        assertThat(DropIndex.amongOthers(column, laneF, 1, b.card().id())).hasValue(1);
        // e to the end of lane G: among a b c d after d, index 4
        assertThat(DropIndex.amongOthers(column, laneG, 2, e.card().id())).hasValue(4);
        // b into an empty lane: the end among the others
        assertThat(DropIndex.amongOthers(column, List.of(), 0, b.card().id())).hasValue(4);
    }

    @Test
    void hiddenCardsBetweenTheNeighboursArePassedOver() {
        // the filter hides c: lane F shows a e; dropped between them the card stands right before e
        assertThat(DropIndex.amongOthers(column, List.of(a, e), 1, null)).hasValue(4);
    }

    @Test
    void withoutLanesTheVisibleCardsAreOneLane() {
        // cards A B C D; A dropped after C stands at 2 among B C D
        assertThat(DropIndex.amongOthers(column, column, 3, a.card().id())).hasValue(2);
        // E dropped before B stands at 1 among A B C D
        assertThat(DropIndex.amongOthers(column, column, 1, e.card().id())).hasValue(1);
        // a card from another column keeps the insertion index
        assertThat(DropIndex.amongOthers(column, column, 1, card("x", "F", 1).card().id())).hasValue(1);
    }

    @Test
    void aPlacePastTheLaneMeansItsEnd() {
        assertThat(DropIndex.amongOthers(column, laneG, 9, null)).hasValue(4);
    }
}
