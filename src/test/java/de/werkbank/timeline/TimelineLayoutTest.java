package de.werkbank.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.sheet.Step;
import de.werkbank.sheet.StepStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimelineLayoutTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Handlungsfeld BILDUNG = new Handlungsfeld(UUID.randomUUID(), "BILDUNG", "Bildung",
            "Bildung und Arbeit", "#1565C0", 1);
    private static final Handlungsfeld MOBIL = new Handlungsfeld(UUID.randomUUID(), "MOBIL", "Mobilität",
            "Mobilität und Versorgung", "#2E7D32", 2);
    private static final Handlungsfeld WOHNEN = new Handlungsfeld(UUID.randomUUID(), "WOHNEN", "Wohnen",
            "Wohnen und Ortskerne", "#6D4C41", 3);

    private final List<TimelineMeasure> measures = new ArrayList<>();
    // the catalogue's order is by position, whatever order the list has
    private final TimelineLayout layout = new TimelineLayout(List.of(MOBIL, WOHNEN, BILDUNG),
            Map.of("MOBIL", "Alle erreichen alles ohne Auto."), 5);

    private TimelineMeasure measure(String title, String field, String start, String end, UUID... dependsOn) {
        return measure(title, field, start, end, List.of(), dependsOn);
    }

    private TimelineMeasure measure(String title, String field, String start, String end, List<Step> steps,
                                    UUID... dependsOn) {
        var m = new TimelineMeasure(UUID.randomUUID(), title, field, 2, "In Planung",
                start == null ? null : LocalDate.parse(start), end == null ? null : LocalDate.parse(end), steps,
                List.of(dependsOn));
        measures.add(m);
        return m;
    }

    private Timeline layout() {
        return layout.layout(measures, id -> true, Zoom.QUARTERS, TODAY);
    }

    @Test
    void oneLanePerHandlungsfeldInCatalogueOrderWithColourNameAndZukunftsbildEvenWhenEmpty() {
        measure("Rufbus", "MOBIL", "2026-01-01", "2026-12-31");
        Timeline t = layout();
        assertThat(t.lanes()).extracting(Lane::name).containsExactly("Bildung", "Mobilität", "Wohnen");
        assertThat(t.lanes().get(1).colour()).isEqualTo("#2E7D32");
        assertThat(t.lanes().get(1).zukunftsbild()).isEqualTo("Alle erreichen alles ohne Auto.");
        assertThat(t.lanes().get(0).rows()).isEqualTo(1);
        assertThat(t.lanes().get(1).y()).isEqualTo(t.lanes().get(0).y() + t.lanes().get(0).height());
        assertThat(t.bar(measures.get(0).card()).orElseThrow().lane()).isEqualTo(1);
    }

    @Test
    void barsOfALaneAreStackedSoThatNoneOverlapsAnother() {
        measure("A", "MOBIL", "2026-01-01", "2026-06-30");
        measure("B", "MOBIL", "2026-03-01", "2026-09-30");
        measure("C", "MOBIL", "2026-06-30", "2026-12-31"); // starts on A's last day: not beside it
        measure("D", "MOBIL", "2026-07-01", "2027-03-31"); // starts the day after A ends: A's row
        measure("E", "WOHNEN", "2026-01-01", "2026-12-31");
        Timeline t = layout();
        assertThat(row(t, "A")).isZero();
        assertThat(row(t, "B")).isEqualTo(1);
        assertThat(row(t, "C")).isEqualTo(2);
        assertThat(row(t, "D")).isZero();
        assertThat(row(t, "E")).isZero();
        assertThat(t.lanes().get(1).rows()).isEqualTo(3);
        for (Bar a : t.bars()) {
            for (Bar b : t.bars()) {
                if (a != b) {
                    boolean apart = a.right() <= b.x() || b.right() <= a.x() || a.y() + a.height() <= b.y()
                            || b.y() + b.height() <= a.y();
                    assertThat(apart).as("%s and %s", a.measure().title(), b.measure().title()).isTrue();
                }
            }
        }
        // a bar spans its days, the end day included
        Bar a = t.bar(measures.get(0).card()).orElseThrow();
        assertThat(a.width()).isEqualTo(181 * Zoom.QUARTERS.pixelsPerDay());
        assertThat(a.x()).isEqualTo(t.xOf(LocalDate.of(2026, 1, 1)));
    }

    @Test
    void anArrowRunsFromThePrerequisitesEndToTheDependentsStart() {
        var first = measure("Bedarfsanalyse", "MOBIL", "2026-01-01", "2026-06-30");
        var then = measure("Rufbus", "WOHNEN", "2026-09-01", "2027-06-30", first.card());
        Timeline t = layout();
        assertThat(t.arrows()).hasSize(1);
        Arrow arrow = t.arrows().get(0);
        Bar from = t.bar(first.card()).orElseThrow();
        Bar to = t.bar(then.card()).orElseThrow();
        assertThat(arrow.prerequisite()).isEqualTo(first.card());
        assertThat(arrow.x1()).isEqualTo(t.xOf(LocalDate.of(2026, 7, 1)));
        assertThat(arrow.y1()).isEqualTo(from.y() + from.height() / 2);
        assertThat(arrow.x2()).isEqualTo(t.xOf(LocalDate.of(2026, 9, 1)));
        assertThat(arrow.y2()).isEqualTo(to.y() + to.height() / 2);
        assertThat(arrow.late()).isFalse();
        assertThat(to.beforePrerequisite()).isNull();
    }

    @Test
    void aMeasureStartingBeforeItsPrerequisiteEndsIsMarkedWithTheReason() {
        var first = measure("Bedarfsanalyse", "MOBIL", "2026-01-01", "2026-06-30");
        var early = measure("Rufbus", "MOBIL", "2026-06-30", "2027-06-30", first.card());
        var fine = measure("Bürgerbus", "MOBIL", "2026-07-01", "2027-06-30", first.card());
        Timeline t = layout();
        Bar marked = t.bar(early.card()).orElseThrow();
        assertThat(marked.beforePrerequisite()).contains("Bedarfsanalyse").contains("30.06.2026");
        assertThat(t.bar(fine.card()).orElseThrow().beforePrerequisite()).isNull();
        assertThat(t.arrows()).filteredOn(Arrow::late).extracting(Arrow::dependent).containsExactly(early.card());
    }

    @Test
    void aHiddenPrerequisiteStillMarksButDrawsNoArrow() {
        var first = measure("Bedarfsanalyse", "MOBIL", "2026-01-01", "2026-06-30");
        var early = measure("Rufbus", "MOBIL", "2026-03-01", "2027-06-30", first.card());
        Timeline t = layout.layout(measures, id -> !id.equals(first.card()), Zoom.YEARS, TODAY);
        assertThat(t.bars()).extracting(b -> b.measure().title()).containsExactly("Rufbus");
        assertThat(t.arrows()).isEmpty();
        assertThat(t.bar(early.card()).orElseThrow().beforePrerequisite()).contains("Bedarfsanalyse");
    }

    @Test
    void measuresWithoutStartOrEndAreListedApartInLaneOrder() {
        measure("Ohne alles", "WOHNEN", null, null);
        measure("Nur Beginn", "BILDUNG", "2026-01-01", null);
        measure("Mit Zeitraum", "BILDUNG", "2026-01-01", "2026-03-31");
        Timeline t = layout();
        assertThat(t.undated()).extracting(u -> u.measure().title()).containsExactly("Nur Beginn", "Ohne alles");
        assertThat(t.undated().get(0).colour()).isEqualTo("#1565C0");
        assertThat(t.bars()).hasSize(1);
    }

    @Test
    void ticksProgressOverdueAndBlockedAreReckonedAsOnTheCards() {
        var done = new Step(UUID.randomUUID(), "Auftakt", null, "", LocalDate.of(2026, 2, 1), StepStatus.DONE, "");
        var late = new Step(UUID.randomUUID(), "Bericht", null, "", LocalDate.of(2026, 11, 1), StepStatus.OPEN, "");
        var after = new Step(UUID.randomUUID(), "Feier", null, "", LocalDate.of(2027, 5, 1), StepStatus.BLOCKED, "");
        var m = measure("Rufbus", "MOBIL", "2026-01-01", "2026-12-31", List.of(done, late, after));
        Bar b = layout().bar(m.card()).orElseThrow();
        assertThat(b.progress().done()).isEqualTo(1);
        assertThat(b.progress().total()).isEqualTo(3);
        assertThat(b.progress().overdue()).isTrue();
        assertThat(b.progress().blocked()).isTrue();
        assertThat(b.alert()).isTrue();
        assertThat(b.ticks()).extracting(Bar.Tick::due).containsExactly(done.due(), late.due(), after.due());
        assertThat(b.ticks()).extracting(Bar.Tick::overdue).containsExactly(false, true, false);
        assertThat(b.ticks()).extracting(Bar.Tick::outside).containsExactly(false, false, true);
    }

    @Test
    void theAxisCoversAllBarsAndTodayFromWholeYears() {
        measure("Früh", "MOBIL", "2024-05-01", "2025-01-31");
        measure("Spät", "MOBIL", "2029-02-01", "2030-03-31");
        Timeline t = layout();
        assertThat(t.from()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(t.to()).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(t.dateAt(t.xOf(LocalDate.of(2027, 3, 5)) + 0.5)).isEqualTo(LocalDate.of(2027, 3, 5));
    }

    @Test
    void arrowsSelectTheNeighbourInTheRowAndTheNearestBarInTheRowBelow() {
        var a = measure("A", "BILDUNG", "2026-01-01", "2026-03-31");
        var b = measure("B", "BILDUNG", "2026-06-01", "2026-08-31");
        var c = measure("C", "MOBIL", "2026-01-01", "2026-02-28");
        var d = measure("D", "MOBIL", "2026-07-01", "2026-12-31");
        Timeline t = layout();
        assertThat(TimelineNavigation.next(t, null, TimelineNavigation.Direction.DOWN)).contains(a.card());
        assertThat(TimelineNavigation.next(t, a.card(), TimelineNavigation.Direction.RIGHT)).contains(b.card());
        assertThat(TimelineNavigation.next(t, a.card(), TimelineNavigation.Direction.LEFT)).isEmpty();
        assertThat(TimelineNavigation.next(t, b.card(), TimelineNavigation.Direction.DOWN)).contains(d.card());
        assertThat(TimelineNavigation.next(t, c.card(), TimelineNavigation.Direction.UP)).contains(a.card());
        assertThat(TimelineNavigation.next(t, d.card(), TimelineNavigation.Direction.DOWN)).isEmpty();
    }

    private int row(Timeline t, String title) {
        return t.bars().stream().filter(b -> b.measure().title().equals(title)).findFirst().orElseThrow().row();
    }
}
