package de.werkbank.review;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.plan.Card;
import de.werkbank.plan.Plan;
import de.werkbank.plan.PlanColumn;
import de.werkbank.sheet.Indicator;
import de.werkbank.sheet.Step;
import de.werkbank.sheet.StepStatus;
import de.werkbank.sheet.Werkzeugblatt;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A new review takes every measure past the proposal column, with its stage, progress and indicators frozen. */
class ReviewStartTest {

    static final LocalDate DAY = LocalDate.of(2026, 6, 30);
    final PlanColumn proposed = new PlanColumn(UUID.randomUUID(), "Vorschlag", 0, null, 0);
    final PlanColumn planning = new PlanColumn(UUID.randomUUID(), "In Planung", 1, null, 0);
    final PlanColumn running = new PlanColumn(UUID.randomUUID(), "In Umsetzung", 2, null, 0);

    static Card card(String title, String field, PlanColumn column, long position) {
        return new Card(UUID.randomUUID(), UUID.randomUUID(), field, column.id(), position, title,
                Instant.parse("2024-01-01T00:00:00Z"), 1);
    }

    @Test
    void proposalsAreLeftOutAndTheRestGoByFieldThenStage() {
        Card idea = card("Idee", "BILDUNG", proposed, 1);
        Card bus = card("Bürgerbus", "MOBILITAET", planning, 1);
        Card school = card("Schulweg", "BILDUNG", running, 1);
        Card library = card("Bücherei", "BILDUNG", planning, 2);
        Plan plan = new Plan(UUID.randomUUID(), "Plan", false, List.of(running, proposed, planning),
                List.of(idea, bus, school, library));

        Review review = ReviewStart.freeze(UUID.randomUUID(), " Halbzeitbilanz 2026 ", DAY, plan,
                Werkzeugblatt::blank, List.of("BILDUNG", "MOBILITAET"));

        assertThat(review.title()).isEqualTo("Halbzeitbilanz 2026");
        assertThat(review.state()).isEqualTo(Review.State.OPEN);
        assertThat(review.entries()).extracting(ReviewEntry::title)
                .containsExactly("Bücherei", "Schulweg", "Bürgerbus");
        assertThat(review.entries()).extracting(ReviewEntry::columnName)
                .containsExactly("In Planung", "In Umsetzung", "In Planung");
        assertThat(review.entries()).allSatisfy(e -> {
            assertThat(e.assessment()).isNull();
            assertThat(e.decision()).isNull();
        });
    }

    @Test
    void progressAndIndicatorsAreTakenAsTheSheetHasThemOnTheDay() {
        Card bus = card("Bürgerbus", "MOBILITAET", running, 1);
        Plan plan = new Plan(UUID.randomUUID(), "Plan", false, List.of(proposed, running), List.of(bus));
        Indicator riders = new Indicator(UUID.randomUUID(), "Fahrgäste je Monat", "Personen", new BigDecimal("120"),
                new BigDecimal("400.0"), LocalDate.of(2027, 12, 31));
        List<Step> steps = List.of(
                new Step(UUID.randomUUID(), "Verein gründen", null, "", LocalDate.of(2025, 3, 1), StepStatus.DONE, ""),
                new Step(UUID.randomUUID(), "Fahrzeug kaufen", null, "", LocalDate.of(2026, 1, 1), StepStatus.DONE, ""),
                new Step(UUID.randomUUID(), "Fahrplan", null, "", LocalDate.of(2026, 9, 1), StepStatus.OPEN, ""));
        Werkzeugblatt sheet = Werkzeugblatt.blank(bus.id()).with(d -> {
            d.indicators = List.of(riders);
            d.steps = steps;
            d.start = LocalDate.of(2025, 1, 1);
        });

        ReviewEntry entry = ReviewStart.freeze(UUID.randomUUID(), "Bilanz", DAY, plan,
                Map.of(bus.id(), sheet)::get, List.of()).entries().get(0);

        assertThat(entry.stepsDone()).isEqualTo(2);
        assertThat(entry.stepsTotal()).isEqualTo(3);
        assertThat(entry.column()).isEqualTo(running.id());
        FrozenIndicator frozen = entry.indicators().get(0);
        assertThat(frozen.name()).isEqualTo("Fahrgäste je Monat");
        assertThat(frozen.baseline()).isEqualByComparingTo("120");
        assertThat(frozen.target()).isEqualByComparingTo("400");
        assertThat(frozen.targetDate()).isEqualTo(LocalDate.of(2027, 12, 31));
        // no value measured yet: nothing to judge
        assertThat(frozen.latest()).isNull();
        assertThat(frozen.onTrack()).isNull();
    }
}
