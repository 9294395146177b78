package de.werkbank.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The summary counts each Handlungsfeld's measures by assessment and decision, and its indicators on track. */
class ReviewSummaryTest {

    static FrozenIndicator indicator(Boolean onTrack) {
        return new FrozenIndicator(UUID.randomUUID(), "Kennzahl", "", BigDecimal.ONE, BigDecimal.TEN, null,
                onTrack == null ? null : BigDecimal.valueOf(5), onTrack == null ? null : LocalDate.of(2026, 5, 1), onTrack);
    }

    static ReviewEntry entry(String field, Assessment a, Decision d, FrozenIndicator... indicators) {
        return new ReviewEntry(UUID.randomUUID(), "Maßnahme", field, UUID.randomUUID(), "In Umsetzung", 1, 2,
                List.of(indicators), a, "", "", "", d, 0);
    }

    @Test
    void countsPerFieldInTheReviewsOrder() {
        Review review = new Review(UUID.randomUUID(), "Halbzeitbilanz 2026", LocalDate.of(2026, 6, 30),
                Review.State.FINISHED, List.of(
                        entry("BILDUNG", Assessment.ON_TRACK, Decision.CONTINUE, indicator(true), indicator(null)),
                        entry("BILDUNG", Assessment.DELAYED, Decision.ADJUST, indicator(false)),
                        entry("BILDUNG", null, null),
                        entry("WOHNEN", Assessment.COMPLETED, Decision.ESTABLISH, indicator(true), indicator(true)),
                        entry("WOHNEN", Assessment.STOPPED, Decision.END)), 1);

        List<ReviewSummary.Field> fields = ReviewSummary.of(review);

        assertThat(fields).extracting(ReviewSummary.Field::handlungsfeld).containsExactly("BILDUNG", "WOHNEN");
        ReviewSummary.Field bildung = fields.get(0);
        assertThat(bildung.measures()).isEqualTo(3);
        assertThat(bildung.byAssessment()).containsEntry(Assessment.ON_TRACK, 1).containsEntry(Assessment.DELAYED, 1)
                .containsEntry(Assessment.STOPPED, 0).containsEntry(Assessment.COMPLETED, 0);
        assertThat(bildung.notJudged()).isEqualTo(1);
        assertThat(bildung.byDecision()).containsEntry(Decision.CONTINUE, 1).containsEntry(Decision.ADJUST, 1)
                .containsEntry(Decision.END, 0);
        assertThat(bildung.indicators()).isEqualTo(3);
        assertThat(bildung.onTrack()).isEqualTo(1);
        assertThat(bildung.behind()).isEqualTo(1);
        assertThat(bildung.unknown()).isEqualTo(1);
        ReviewSummary.Field wohnen = fields.get(1);
        assertThat(wohnen.byDecision()).containsEntry(Decision.ESTABLISH, 1).containsEntry(Decision.END, 1);
        assertThat(wohnen.onTrack()).isEqualTo(2);
        assertThat(wohnen.notJudged()).isZero();
    }
}
