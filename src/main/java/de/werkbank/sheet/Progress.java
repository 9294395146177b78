package de.werkbank.sheet;

import java.time.LocalDate;
import java.util.Collection;

/**
 * How far a measure's steps are, as its card shows it.
 *
 * @param done steps done
 * @param total all steps
 * @param nextDue the earliest due date of the steps not done, or {@code null}
 * @param overdue whether a step not done is past its due date
 * @param blocked whether a step is blocked
 */
public record Progress(int done, int total, LocalDate nextDue, boolean overdue, boolean blocked) {

    public static final Progress NONE = new Progress(0, 0, null, false, false);

    /** The progress of {@code steps} as seen on {@code today}. */
    public static Progress of(Collection<Step> steps, LocalDate today) {
        int done = 0;
        LocalDate next = null;
        boolean overdue = false;
        boolean blocked = false;
        for (Step s : steps) {
            if (s.done()) {
                done++;
                continue;
            }
            blocked |= s.status() == StepStatus.BLOCKED;
            overdue |= s.overdueOn(today);
            if (s.due() != null && (next == null || s.due().isBefore(next))) {
                next = s.due();
            }
        }
        return new Progress(done, steps.size(), next, overdue, blocked);
    }

    /** Share of steps done, 0 to 1 (0 without steps). */
    public double fraction() {
        return total == 0 ? 0 : (double) done / total;
    }
}
