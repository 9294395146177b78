package de.werkbank.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The check's two helpers for repeated ids and values agree with the JDK's sets. */
class RepeatsTest {

    @Test
    void theIdSetAgreesWithAHashSetWhileItGrows() {
        Random random = new Random(7);
        UuidSet ids = new UuidSet(10);
        Set<UUID> expected = new HashSet<>();
        List<UUID> added = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            // a third are repeats of earlier ids; some ids differ from another only in one half
            UUID id = i % 3 == 2 ? added.get(random.nextInt(added.size()))
                    : i % 5 == 0 ? new UUID(0, i) : new UUID(random.nextLong(), random.nextLong());
            assertThat(ids.add(id)).as("id %d", i).isEqualTo(expected.add(id));
            added.add(id);
        }
        assertThat(ids.size()).isEqualTo(expected.size());
        assertThat(ids.add(new UUID(0, 0))).isEqualTo(expected.add(new UUID(0, 0)));
    }

    @Test
    void theFirstRepeatIsFoundInShortAndLongLists() {
        assertThat(FirstRepeat.in(List.of())).isEqualTo(-1);
        assertThat(FirstRepeat.in(List.of("a", "b", "c"))).isEqualTo(-1);
        assertThat(FirstRepeat.in(List.of("a", "b", "a", "b"))).isEqualTo(2);
        List<Integer> longList = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            longList.add(i);
        }
        assertThat(FirstRepeat.in(longList)).isEqualTo(-1);
        longList.add(40, 77);
        assertThat(FirstRepeat.in(longList)).isEqualTo(78);
        assertThat(FirstRepeat.in(List.of("x1", "y2", "x3"), s -> s.charAt(0))).isEqualTo(2);
    }
}
