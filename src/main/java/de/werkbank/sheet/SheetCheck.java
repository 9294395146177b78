package de.werkbank.sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a Werkzeugblatt. The end must not lie before the start and the budget must not be
 * negative (both block storing); a step due after the measure's end, and a measure that depends on
 * itself, are flagged.
 */
public final class SheetCheck {

    private SheetCheck() {
    }

    public static List<SheetProblem> problems(Werkzeugblatt sheet) {
        List<SheetProblem> problems = new ArrayList<>();
        if (sheet.start() != null && sheet.end() != null && sheet.end().isBefore(sheet.start())) {
            problems.add(new SheetProblem(SheetField.END, null, true, "sheet.problem.endBeforeStart", sheet.start()));
        }
        if (sheet.budget() != null && sheet.budget().amount().compareTo(BigDecimal.ZERO) < 0) {
            problems.add(new SheetProblem(SheetField.BUDGET, null, true, "sheet.problem.negativeBudget", null));
        }
        if (sheet.dependsOn().contains(sheet.card())) {
            problems.add(new SheetProblem(SheetField.DEPENDS_ON, null, true, "sheet.problem.dependsOnItself", null));
        }
        if (sheet.end() != null) {
            for (Step step : sheet.steps()) {
                if (step.due() != null && step.due().isAfter(sheet.end())) {
                    problems.add(new SheetProblem(SheetField.STEPS, step.id(), false, "sheet.problem.stepAfterEnd",
                            sheet.end()));
                }
            }
        }
        return problems;
    }

    /** The first problem that keeps the sheet from being stored, if any. */
    public static Optional<SheetProblem> blocking(Werkzeugblatt sheet) {
        return problems(sheet).stream().filter(SheetProblem::blocking).findFirst();
    }
}
