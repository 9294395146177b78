package de.werkbank.ui.virtual;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowsTest {

    private static final double ROW = 60;
    private static final double HEADER = 20;

    private static final Rows EQUAL = Rows.of(5, i -> ROW);
    /** A header, two rows, a header, a header, one row: tops 0, 20, 80, 140, 160, 180; bottom 240. */
    private static final Rows MIXED = Rows.of(6, i -> i == 0 || i == 3 || i == 4 ? HEADER : ROW);

    @Test
    void theUpperHalfOfARowInsertsBeforeIt() {
        assertThat(EQUAL.insertionIndex(2 * ROW + 10)).isEqualTo(2);
    }

    @Test
    void theLowerHalfOfARowInsertsAfterIt() {
        assertThat(EQUAL.insertionIndex(2 * ROW + 31)).isEqualTo(3);
        assertThat(EQUAL.insertionIndex(2 * ROW + 30)).isEqualTo(3);
    }

    @Test
    void belowTheLastRowInsertsAtTheEnd() {
        assertThat(EQUAL.insertionIndex(11 * ROW)).isEqualTo(5);
        assertThat(Rows.of(0, i -> ROW).insertionIndex(25)).isZero();
    }

    @Test
    void aboveTheFirstRowInsertsAtTheTop() {
        assertThat(EQUAL.insertionIndex(-15)).isZero();
    }

    @Test
    void theRowUnderAPositionCountsWholeRows() {
        assertThat(EQUAL.at(0)).isZero();
        assertThat(EQUAL.at(ROW - 0.5)).isZero();
        assertThat(EQUAL.at(ROW)).isEqualTo(1);
        assertThat(EQUAL.at(-3)).isZero();
        assertThat(EQUAL.at(5 * ROW)).isEqualTo(5);
        assertThat(Rows.of(0, i -> ROW).at(10)).isZero();
    }

    @Test
    void rowsOfTwoHeightsStandOneBelowTheOther() {
        assertThat(MIXED.top(0)).isZero();
        assertThat(MIXED.top(1)).isEqualTo(20);
        assertThat(MIXED.top(3)).isEqualTo(140);
        assertThat(MIXED.top(5)).isEqualTo(180);
        assertThat(MIXED.total()).isEqualTo(240);
        assertThat(MIXED.top(6)).isEqualTo(240);
        assertThat(MIXED.height(4)).isEqualTo(HEADER);
        assertThat(MIXED.height(5)).isEqualTo(ROW);
    }

    @Test
    void thePositionFindsItsRowAmongRowsOfTwoHeights() {
        assertThat(MIXED.at(19.9)).isZero();
        assertThat(MIXED.at(20)).isEqualTo(1);
        assertThat(MIXED.at(139.9)).isEqualTo(2);
        assertThat(MIXED.at(150)).isEqualTo(3);
        assertThat(MIXED.at(170)).isEqualTo(4);
        assertThat(MIXED.at(239)).isEqualTo(5);
        assertThat(MIXED.at(240)).isEqualTo(6);
    }

    @Test
    void insertionIndicesSplitEachRowAtItsOwnMiddle() {
        assertThat(MIXED.insertionIndex(9)).isZero();
        assertThat(MIXED.insertionIndex(11)).isEqualTo(1);
        assertThat(MIXED.insertionIndex(49)).isEqualTo(1);
        assertThat(MIXED.insertionIndex(51)).isEqualTo(2);
        // the two headers in a row: lower half of the first and upper half of the second both end
        // up between them
        assertThat(MIXED.insertionIndex(151)).isEqualTo(4);
        assertThat(MIXED.insertionIndex(169)).isEqualTo(4);
        assertThat(MIXED.insertionIndex(215)).isEqualTo(6);
    }

    @Test
    void manyRowsAreFoundByHalvingAsFastAsFew() {
        Rows many = Rows.of(10_000, i -> i % 100 == 0 ? HEADER : ROW);
        double top = many.top(5_050);
        assertThat(many.at(top + 1)).isEqualTo(5_050);
        assertThat(many.at(top - 1)).isEqualTo(5_049);
    }

    @Test
    void rowsMeasuredAgainIntoOldMemoryAreThoseOfTheNewList() {
        Rows before = Rows.of(8, i -> HEADER);
        Rows after = Rows.remeasured(before, 3, i -> ROW);
        assertThat(after.size()).isEqualTo(3);
        assertThat(after.total()).isEqualTo(3 * ROW);
        assertThat(after.at(after.total() + 1)).isEqualTo(3);
        assertThat(after.insertionIndex(ROW * 2.6)).isEqualTo(3);
        assertThat(Rows.remeasured(after, 20, i -> ROW).total()).isEqualTo(20 * ROW);
    }
}
