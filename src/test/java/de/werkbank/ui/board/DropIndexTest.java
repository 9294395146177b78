package de.werkbank.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DropIndexTest {

    @Test
    void aCardMovedDownInItsOwnColumnCountsWithoutItself() {
        // cards A B C D; A (index 0) dropped after C (insertion index 3) stands at 2 among B C D
        assertThat(DropIndex.amongOthers(3, 0)).isEqualTo(2);
    }

    @Test
    void aCardMovedUpInItsOwnColumnKeepsTheInsertionIndex() {
        // D (index 3) dropped before B (insertion index 1) stands at 1 among A B C
        assertThat(DropIndex.amongOthers(1, 3)).isEqualTo(1);
    }

    @Test
    void aCardFromAnotherColumnKeepsTheInsertionIndex() {
        assertThat(DropIndex.amongOthers(1, -1)).isEqualTo(1);
        assertThat(DropIndex.amongOthers(0, -1)).isZero();
    }
}
