package de.werkbank.sheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The steps not yet done across all measures, the most urgent first. */
public final class OpenSteps {

    /** A step not done, with the card (measure) it belongs to. */
    public record Entry(UUID card, Step step) {

        public boolean overdueOn(LocalDate today) {
            return step.overdueOn(today);
        }
    }

    private OpenSteps() {
    }

    /** By due date (steps without one last), then blocked before others, then by text. */
    public static List<Entry> of(Collection<SheetOutline> outlines) {
        List<Entry> entries = new ArrayList<>();
        for (SheetOutline o : outlines) {
            o.steps().stream().filter(s -> !s.done()).forEach(s -> entries.add(new Entry(o.card(), s)));
        }
        entries.sort(Comparator.comparing((Entry e) -> e.step().due(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(e -> e.step().status() != StepStatus.BLOCKED)
                .thenComparing(e -> e.step().text()));
        return entries;
    }
}
