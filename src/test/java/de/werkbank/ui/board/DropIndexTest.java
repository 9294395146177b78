package de.werkbank.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DropIndexTest {

    @Test
    void theUpperHalfOfACardDropsBeforeIt() {
        assertThat(DropIndex.at(2, 10, 60, 5)).isEqualTo(2);
    }

    @Test
    void theLowerHalfOfACardDropsAfterIt() {
        assertThat(DropIndex.at(2, 31, 60, 5)).isEqualTo(3);
    }

    @Test
    void belowTheLastCardOrOverEmptySpaceDropsAtTheEnd() {
        assertThat(DropIndex.at(-1, 0, 0, 5)).isEqualTo(5);
        assertThat(DropIndex.at(7, 5, 60, 5)).isEqualTo(5);
        assertThat(DropIndex.at(-1, 0, 0, 0)).isZero();
    }

    @Test
    void aCardMovedDownInItsOwnColumnCountsWithoutItself() {
        // cards A B C D; A (index 0) dropped after C (insertion index 3) stands at 2 among B C D
        assertThat(DropIndex.amongOthers(3, 0)).isEqualTo(2);
        // D (index 3) dropped before B (insertion index 1) stands at 1 among A B C
        assertThat(DropIndex.amongOthers(1, 3)).isEqualTo(1);
        // a card from another column keeps the insertion index
        assertThat(DropIndex.amongOthers(1, -1)).isEqualTo(1);
    }
}
