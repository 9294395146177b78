package de.werkbank.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SheetRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static Step step(StepStatus status, LocalDate due) {
        return Step.of("s").withStatus(status).withDue(due);
    }

    @Test
    void progressCountsDoneStepsAndFindsTheNextDueDateOfTheOpenOnes() {
        Progress p = Progress.of(List.of(
                step(StepStatus.DONE, TODAY.minusDays(30)),
                step(StepStatus.OPEN, TODAY.plusDays(10)),
                step(StepStatus.IN_PROGRESS, TODAY.plusDays(3))), TODAY);
        assertThat(p.done()).isEqualTo(1);
        assertThat(p.total()).isEqualTo(3);
        assertThat(p.nextDue()).isEqualTo(TODAY.plusDays(3));
        assertThat(p.overdue()).isFalse();
        assertThat(p.blocked()).isFalse();
    }

    @Test
    void aStepNotDoneIsOverdueFromTheDayAfterItsDueDate() {
        Step dueToday = step(StepStatus.OPEN, TODAY);
        assertThat(Progress.of(List.of(dueToday), TODAY).overdue()).isFalse();
        assertThat(Progress.of(List.of(dueToday), TODAY.plusDays(1)).overdue()).isTrue();
        assertThat(Progress.of(List.of(dueToday.withStatus(StepStatus.DONE)), TODAY.plusDays(1)).overdue()).isFalse();
    }

    @Test
    void aBlockedStepMarksTheMeasure() {
        assertThat(Progress.of(List.of(step(StepStatus.BLOCKED, null)), TODAY).blocked()).isTrue();
    }

    @Test
    void theRulesBlockAnEndBeforeTheStartAndANegativeBudgetAndFlagLateSteps() {
        Werkzeugblatt sheet = Werkzeugblatt.blank(UUID.randomUUID()).with(d -> {
            d.start = LocalDate.of(2027, 1, 1);
            d.end = LocalDate.of(2026, 12, 31);
            d.budget = new Budget(new BigDecimal("-5"), "");
            d.steps.add(step(StepStatus.OPEN, LocalDate.of(2027, 3, 1)));
        });
        assertThat(SheetCheck.problems(sheet)).extracting(SheetProblem::field, SheetProblem::blocking)
                .containsExactly(tuple(SheetField.END, true), tuple(SheetField.BUDGET, true),
                        tuple(SheetField.STEPS, false));
        Werkzeugblatt fine = sheet.with(d -> {
            d.end = LocalDate.of(2027, 12, 31);
            d.budget = new Budget(BigDecimal.ZERO, "");
        });
        assertThat(SheetCheck.problems(fine)).isEmpty();
    }

    @Test
    void theDiffNamesChangedFieldsAndWhatHappenedToSteps() {
        Step a = Step.of("a");
        Step b = Step.of("b");
        Werkzeugblatt before = Werkzeugblatt.blank(UUID.randomUUID()).with(d -> d.steps.addAll(List.of(a, b)));
        Werkzeugblatt after = before.with(d -> {
            d.goal = "neu";
            d.steps.set(0, a.withStatus(StepStatus.DONE));
            d.steps.remove(1);
            d.steps.add(Step.of("c"));
        });
        assertThat(SheetDiff.between(before, after)).containsExactly(
                new SheetDiff.Change(SheetDiff.Kind.FIELD, "sheet.goal"),
                new SheetDiff.Change(SheetDiff.Kind.STEP_COMPLETED, "a"),
                new SheetDiff.Change(SheetDiff.Kind.STEP_ADDED, "c"),
                new SheetDiff.Change(SheetDiff.Kind.STEP_REMOVED, "b"));
    }
}
