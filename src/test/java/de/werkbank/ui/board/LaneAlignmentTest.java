package de.werkbank.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.catalogue.Handlungsfeld;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A lane starts after as many card places in every column: the gaps above the headers make up the difference. */
class LaneAlignmentTest {


    /** The card places above each header: the headers and cards before it, and the gaps. */
    private static List<Integer> headerPlaces(List<BoardRow> rows) {
        List<Integer> places = new ArrayList<>();
        int place = 0;
        for (BoardRow row : rows) {
            if (row instanceof LaneHeader header) {
                place += header.gap();
                places.add(place);
            }
            place++;
        }
        return places;
    }

    @Test
    void theGapsAboveTheHeadersLineTheLanesUp() {
        Handlungsfeld a = LaneRowsTest.F;
        Handlungsfeld b = LaneRowsTest.G;
        Handlungsfeld c = LaneRowsTest.H;
        // lane A: 3 cards in the first column, 1 in the second; lane B: 0 and 2
        List<BoardRow> first = new ArrayList<>(List.of(new LaneHeader(a, 3, 3), card(), card(), card(),
                new LaneHeader(b, 0, 0), new LaneHeader(c, 1, 1), card()));
        List<BoardRow> second = new ArrayList<>(List.of(new LaneHeader(a, 1, 1), card(),
                new LaneHeader(b, 2, 2), card(), card(), new LaneHeader(c, 0, 0)));

        LaneAlignment.align(List.of(first, second));

        assertThat(headerPlaces(first)).containsExactly(0, 4, 7);
        assertThat(headerPlaces(second)).containsExactly(0, 4, 7);
        assertThat(((LaneHeader) second.get(2)).gap()).isEqualTo(2);
        assertThat(((LaneHeader) first.get(5)).gap()).isEqualTo(2);

        // the first column's lane A loses two cards: the gaps follow
        first.remove(1);
        first.remove(1);
        first.set(0, new LaneHeader(a, 1, 1));
        LaneAlignment.align(List.of(first, second));
        assertThat(headerPlaces(first)).containsExactly(0, 2, 5);
        assertThat(headerPlaces(second)).containsExactly(0, 2, 5);
    }

    private static int cards;

    private static CardItem card() {
        cards++;
        return LaneRowsTest.card("Karte " + cards, "F", cards);
    }
}
