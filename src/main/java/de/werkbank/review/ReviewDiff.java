package de.werkbank.review;

import de.werkbank.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What changed between two reviews of the plan, measure by measure: the stage (column), the assessment,
 * the decision and the indicators' values; and the measures only one of them has.
 */
public final class ReviewDiff {

    /** What a change is about. */
    public enum Kind { ADDED, REMOVED, STAGE, ASSESSMENT, DECISION, INDICATOR }

    /**
     * One change of one measure.
     *
     * @param before the earlier review's value as text ({@code ""} when it had none)
     * @param after the later review's value as text
     * @param what the indicator's name for {@link Kind#INDICATOR}, else {@code ""}
     */
    public record Change(UUID card, String title, Kind kind, String what, String before, String after) {
    }

    private ReviewDiff() {
    }

    /** The changes from {@code earlier} to {@code later}, in the later review's order, then the measures it lost. */
    public static List<Change> between(Review earlier, Review later) {
        List<Change> changes = new ArrayList<>();
        for (ReviewEntry now : later.entries()) {
            Optional<ReviewEntry> was = earlier.entry(now.card());
            if (was.isEmpty()) {
                changes.add(new Change(now.card(), now.title(), Kind.ADDED, "", "", now.columnName()));
                continue;
            }
            ReviewEntry then = was.get();
            if (!Objects.equals(then.column(), now.column())) {
                changes.add(new Change(now.card(), now.title(), Kind.STAGE, "", then.columnName(), now.columnName()));
            }
            if (then.assessment() != now.assessment()) {
                changes.add(new Change(now.card(), now.title(), Kind.ASSESSMENT, "", label(then.assessment()),
                        label(now.assessment())));
            }
            if (then.decision() != now.decision()) {
                changes.add(new Change(now.card(), now.title(), Kind.DECISION, "", label(then.decision()),
                        label(now.decision())));
            }
            indicators(then, now, changes);
        }
        for (ReviewEntry then : earlier.entries()) {
            if (later.entry(then.card()).isEmpty()) {
                changes.add(new Change(then.card(), then.title(), Kind.REMOVED, "", then.columnName(), ""));
            }
        }
        return changes;
    }

    private static void indicators(ReviewEntry then, ReviewEntry now, List<Change> changes) {
        for (FrozenIndicator i : now.indicators()) {
            Optional<FrozenIndicator> before = then.indicators().stream().filter(b -> b.id().equals(i.id())).findFirst();
            if (before.isEmpty() || before.get().valuesDiffer(i)) {
                changes.add(new Change(now.card(), now.title(), Kind.INDICATOR, i.name(),
                        before.map(ReviewDiff::values).orElse(""), values(i)));
            }
        }
        for (FrozenIndicator b : then.indicators()) {
            if (now.indicators().stream().noneMatch(i -> i.id().equals(b.id()))) {
                changes.add(new Change(now.card(), now.title(), Kind.INDICATOR, b.name(), values(b), ""));
            }
        }
    }

    /** An indicator's values in one line: "baseline → target (latest)". */
    public static String values(FrozenIndicator i) {
        String text = plain(i.baseline()) + " → " + plain(i.target());
        return i.latest() == null ? text : text + " (" + plain(i.latest()) + ")";
    }

    /**
     * An indicator as a review shows it: "baseline → target unit (latest)", saying so plainly when no
     * value was known on the review's date.
     */
    public static String valuesAtDate(FrozenIndicator i) {
        String way = plain(i.baseline()) + " → " + plain(i.target()) + (i.unit().isBlank() ? "" : " " + i.unit());
        return way + " (" + (i.latest() == null ? Messages.tr("review.noValue") : plain(i.latest())) + ")";
    }

    /** A number as the UI language writes it ("6,6" and "1.200" in German), as the sheet shows it. */
    private static String plain(java.math.BigDecimal value) {
        if (value == null) {
            return "–";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(Messages.get().locale());
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }

    private static String label(Assessment a) {
        return a == null ? "" : a.label();
    }

    private static String label(Decision d) {
        return d == null ? "" : d.label();
    }
}
