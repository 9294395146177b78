package de.werkbank.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Between two reviews: stage, assessment, decision and indicator changes, and measures that came or went. */
class ReviewDiffTest {

    final UUID planning = UUID.randomUUID();
    final UUID running = UUID.randomUUID();
    final UUID bus = UUID.randomUUID();
    final UUID school = UUID.randomUUID();
    final UUID market = UUID.randomUUID();
    final UUID riders = UUID.randomUUID();

    private ReviewEntry entry(UUID card, String title, UUID column, String columnName, Assessment a, Decision d,
                              List<FrozenIndicator> indicators) {
        return new ReviewEntry(card, title, "MOBILITAET", column, columnName, 0, 0, indicators, a, "", "", "", d, 0);
    }

    private FrozenIndicator riders(String target) {
        return new FrozenIndicator(riders, "Fahrgäste", "", new BigDecimal("120"), new BigDecimal(target), null, null,
                null, null);
    }

    private static Review review(LocalDate date, ReviewEntry... entries) {
        return new Review(UUID.randomUUID(), "Bilanz " + date.getYear(), date, Review.State.FINISHED, List.of(entries), 1);
    }

    @Test
    void namesEveryChangeOfEveryMeasure() {
        Review earlier = review(LocalDate.of(2024, 6, 1),
                entry(bus, "Bürgerbus", planning, "In Planung", Assessment.DELAYED, Decision.ADJUST, List.of(riders("400"))),
                entry(school, "Schulweg", running, "In Umsetzung", Assessment.ON_TRACK, Decision.CONTINUE, List.of()),
                entry(market, "Dorfladen", running, "In Umsetzung", Assessment.STOPPED, Decision.END, List.of()));
        UUID newCard = UUID.randomUUID();
        Review later = review(LocalDate.of(2026, 6, 1),
                entry(bus, "Bürgerbus", running, "In Umsetzung", Assessment.ON_TRACK, Decision.ADJUST, List.of(riders("300"))),
                entry(school, "Schulweg", running, "In Umsetzung", Assessment.ON_TRACK, Decision.CONTINUE, List.of()),
                entry(newCard, "Mitfahrbank", planning, "In Planung", null, null, List.of()));

        List<ReviewDiff.Change> changes = ReviewDiff.between(earlier, later);

        assertThat(changes).extracting(ReviewDiff.Change::title, ReviewDiff.Change::kind, ReviewDiff.Change::before,
                ReviewDiff.Change::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Bürgerbus", ReviewDiff.Kind.STAGE, "In Planung", "In Umsetzung"),
                org.assertj.core.groups.Tuple.tuple("Bürgerbus", ReviewDiff.Kind.ASSESSMENT, "verzögert", "läuft wie geplant"),
                org.assertj.core.groups.Tuple.tuple("Bürgerbus", ReviewDiff.Kind.INDICATOR, "120 → 400", "120 → 300"),
                org.assertj.core.groups.Tuple.tuple("Mitfahrbank", ReviewDiff.Kind.ADDED, "", "In Planung"),
                org.assertj.core.groups.Tuple.tuple("Dorfladen", ReviewDiff.Kind.REMOVED, "In Umsetzung", ""));
    }

    @Test
    void twoEqualReviewsDifferInNothing() {
        Review one = review(LocalDate.of(2024, 6, 1),
                entry(bus, "Bürgerbus", planning, "In Planung", Assessment.DELAYED, Decision.ADJUST, List.of(riders("400"))));
        Review same = review(LocalDate.of(2026, 6, 1),
                entry(bus, "Bürgerbus", planning, "In Planung", Assessment.DELAYED, Decision.ADJUST, List.of(riders("400.00"))));
        assertThat(ReviewDiff.between(one, same)).isEmpty();
    }
}
