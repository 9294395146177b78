package de.werkbank.snapshot;

import de.werkbank.content.StoreContent;
import de.werkbank.i18n.Messages;
import de.werkbank.plan.Card;
import de.werkbank.plan.PlanColumn;
import de.werkbank.sheet.SheetDiff;
import de.werkbank.sheet.Werkzeugblatt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What changed in the plan between two snapshots (or a snapshot and the store): cards added, removed,
 * moved from column to column (the archive counts as a column), edited (which fields), and steps
 * added, completed, changed or removed, and indicators' measured values added, changed or removed;
 * reviews started, finished or removed, and measures judged anew in a review ({@link ReviewChanges}).
 */
public final class SnapshotDiff {

    /** Kinds of change, named as the JSON list names them. */
    public enum Kind {
        ADDED, REMOVED, MOVED, EDITED, STEP_ADDED, STEP_COMPLETED, STEP_EDITED, STEP_REMOVED, STEPS_REORDERED,
        MEASUREMENT_ADDED, MEASUREMENT_EDITED, MEASUREMENT_REMOVED,
        /** a review started: {@code card} is the review's id, {@code title} its title, {@code to} its date */
        REVIEW_ADDED,
        /** a review gone: as {@link #REVIEW_ADDED} */
        REVIEW_REMOVED,
        /** a review finished: as {@link #REVIEW_ADDED} */
        REVIEW_FINISHED,
        /** a measure judged anew in a review: {@code card} and {@code title} the measure's, {@code detail} the review's title */
        REVIEW_JUDGED
    }

    /**
     * One change of one card.
     *
     * @param from the column before (for {@code MOVED}), else {@code null}
     * @param to the column after (for {@code MOVED} and {@code ADDED}), else {@code null}
     * @param detail the changed field (a message key) for {@code EDITED}, the step's text for steps, the indicator's name and
     *               the value's date for measured values
     */
    public record Change(Kind kind, UUID card, String title, String from, String to, String detail) {

        /** The change as one line in the UI language. */
        public String describe() {
            String field = kind == Kind.EDITED ? Messages.tr(detail) : detail;
            return Messages.tr("diff." + kind.name(), title, from, to, field);
        }
    }

    private SnapshotDiff() {
    }

    public static List<Change> between(StoreContent before, StoreContent after) {
        Map<UUID, Card> old = cards(before);
        Map<UUID, Card> now = cards(after);
        Map<UUID, String> oldColumns = places(before);
        Map<UUID, String> newColumns = places(after);
        List<Change> changes = new ArrayList<>();
        for (Card card : now.values()) {
            Card was = old.get(card.id());
            String where = place(card, newColumns);
            if (was == null) {
                changes.add(new Change(Kind.ADDED, card.id(), card.title(), null, where, null));
                continue;
            }
            String wasWhere = place(was, oldColumns);
            if (!wasWhere.equals(where)) {
                changes.add(new Change(Kind.MOVED, card.id(), card.title(), wasWhere, where, null));
            }
            if (!was.title().equals(card.title())) {
                changes.add(new Change(Kind.EDITED, card.id(), card.title(), null, null, "diff.field.title"));
            }
            if (!was.handlungsfeld().equals(card.handlungsfeld())) {
                changes.add(new Change(Kind.EDITED, card.id(), card.title(), null, null, "diff.field.handlungsfeld"));
            }
            sheetChanges(card, sheet(before, card.id()), sheet(after, card.id()), changes);
        }
        for (Card card : old.values()) {
            if (!now.containsKey(card.id())) {
                changes.add(new Change(Kind.REMOVED, card.id(), card.title(), place(card, oldColumns), null, null));
            }
        }
        ReviewChanges.between(before.reviews(), after.reviews(), changes);
        return changes;
    }

    private static void sheetChanges(Card card, Werkzeugblatt before, Werkzeugblatt after, List<Change> changes) {
        for (SheetDiff.Change c : SheetDiff.between(before, after)) {
            Kind kind = switch (c.kind()) {
                case FIELD -> Kind.EDITED;
                case STEP_ADDED -> Kind.STEP_ADDED;
                case STEP_COMPLETED -> Kind.STEP_COMPLETED;
                case STEP_EDITED -> Kind.STEP_EDITED;
                case STEP_REMOVED -> Kind.STEP_REMOVED;
                case STEPS_REORDERED -> Kind.STEPS_REORDERED;
                case MEASUREMENT_ADDED -> Kind.MEASUREMENT_ADDED;
                case MEASUREMENT_EDITED -> Kind.MEASUREMENT_EDITED;
                case MEASUREMENT_REMOVED -> Kind.MEASUREMENT_REMOVED;
            };
            changes.add(new Change(kind, card.id(), card.title(), null, null, c.subject()));
        }
    }

    private static Werkzeugblatt sheet(StoreContent content, UUID card) {
        Werkzeugblatt s = content.sheets().get(card);
        return s == null ? Werkzeugblatt.blank(card) : s.withVersion(0);
    }

    private static Map<UUID, Card> cards(StoreContent content) {
        Map<UUID, Card> cards = new LinkedHashMap<>();
        content.allCards().forEach(c -> cards.put(c.id(), c));
        return cards;
    }

    /** The names of the columns by column id, and the archive's name by the id of each archived card. */
    private static Map<UUID, String> places(StoreContent content) {
        Map<UUID, String> names = new HashMap<>();
        if (content.plan() != null) {
            for (PlanColumn c : content.plan().columns()) {
                names.put(c.id(), c.name());
            }
        }
        String archive = Messages.tr("diff.archive");
        content.archivedCards().forEach(c -> names.put(c.id(), archive));
        return names;
    }

    private static String place(Card card, Map<UUID, String> places) {
        String archive = places.get(card.id());
        return archive != null ? archive : places.getOrDefault(card.column(), "?");
    }
}
