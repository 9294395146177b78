package de.werkbank.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of a Werkzeugblatt. The end must not lie before the start and the budget must not be
 * negative (both block storing); a step due after the measure's end, and a measure that depends on
 * itself, are flagged. An indicator's measured values must stay within a sheet's figures' limits,
 * one a date, with notes of at most {@value Measurement#MAX_NOTE} characters; an indicator linked to
 * the Datencheck holds no values typed in (all block storing, before the database is asked).
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
        for (Indicator indicator : sheet.indicators()) {
            measurementProblems(indicator).ifPresent(problems::add);
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

    private static Optional<SheetProblem> measurementProblems(Indicator indicator) {
        List<Measurement> values = indicator.measurements();
        if (indicator.link() != null && !values.isEmpty()) {
            return refused("sheet.problem.linkedWithValues", indicator.name());
        }
        if (values.size() > Measurement.MAX_PER_INDICATOR) {
            return refused("sheet.problem.tooManyMeasurements", Measurement.MAX_PER_INDICATOR);
        }
        Set<LocalDate> dates = new HashSet<>();
        for (Measurement m : values) {
            if (!m.valueWithinLimits()) {
                return refused("sheet.problem.measurementOutOfRange", null);
            }
            if (m.date().getYear() < 1 || m.date().getYear() > 9999) {
                return refused("sheet.problem.measurementDate", null);
            }
            if (m.note().length() > Measurement.MAX_NOTE) {
                return refused("sheet.problem.measurementNote", Measurement.MAX_NOTE);
            }
            if (!dates.add(m.date())) {
                return refused("sheet.problem.measurementSameDate", m.date());
            }
        }
        return Optional.empty();
    }

    private static Optional<SheetProblem> refused(String key, Object argument) {
        return Optional.of(new SheetProblem(SheetField.INDICATORS, null, true, key, argument));
    }

    /** The first problem that keeps the sheet from being stored, if any. */
    public static Optional<SheetProblem> blocking(Werkzeugblatt sheet) {
        return problems(sheet).stream().filter(SheetProblem::blocking).findFirst();
    }
}
