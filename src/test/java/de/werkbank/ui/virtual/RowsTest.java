package de.werkbank.ui.virtual;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowsTest {

    private static final double ROW = 60;

    @Test
    void theUpperHalfOfARowInsertsBeforeIt() {
        assertThat(Rows.insertionIndex(2 * ROW + 10, ROW, 5)).isEqualTo(2);
    }

    @Test
    void theLowerHalfOfARowInsertsAfterIt() {
        assertThat(Rows.insertionIndex(2 * ROW + 31, ROW, 5)).isEqualTo(3);
    }

    @Test
    void belowTheLastRowInsertsAtTheEnd() {
        assertThat(Rows.insertionIndex(11 * ROW, ROW, 5)).isEqualTo(5);
        assertThat(Rows.insertionIndex(25, ROW, 0)).isZero();
    }

    @Test
    void aboveTheFirstRowInsertsAtTheTop() {
        assertThat(Rows.insertionIndex(-15, ROW, 5)).isZero();
    }

    @Test
    void theRowUnderAPositionCountsWholeRows() {
        assertThat(Rows.at(0, ROW)).isZero();
        assertThat(Rows.at(ROW - 0.5, ROW)).isZero();
        assertThat(Rows.at(ROW, ROW)).isEqualTo(1);
        assertThat(Rows.at(-3, ROW)).isZero();
    }
}
