package de.werkbank.sheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/** What differs between two versions of the same Werkzeugblatt, field by field and step by step. */
public final class SheetDiff {

    /** One difference. */
    public record Change(Kind kind, String subject) {
    }

    /**
     * Kinds of difference; for {@code FIELD} the subject is the field's message key, for steps the
     * step's text, for measured values the indicator's name and the value's date ({@code YYYY-MM-DD}).
     * A change of measured values alone is no change of the field {@code sheet.indicators}.
     */
    public enum Kind {
        FIELD, STEP_ADDED, STEP_REMOVED, STEP_COMPLETED, STEP_EDITED, STEPS_REORDERED,
        MEASUREMENT_ADDED, MEASUREMENT_EDITED, MEASUREMENT_REMOVED
    }

    private static final Map<String, Function<Werkzeugblatt, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("sheet.goal", Werkzeugblatt::goal);
        FIELDS.put("sheet.description", Werkzeugblatt::description);
        FIELDS.put("sheet.targetGroups", Werkzeugblatt::targetGroups);
        FIELDS.put("sheet.leadOffice", Werkzeugblatt::leadOffice);
        FIELDS.put("sheet.contact", Werkzeugblatt::contact);
        FIELDS.put("sheet.partners", Werkzeugblatt::partners);
        FIELDS.put("sheet.areas", Werkzeugblatt::areas);
        FIELDS.put("sheet.start", Werkzeugblatt::start);
        FIELDS.put("sheet.end", Werkzeugblatt::end);
        FIELDS.put("sheet.budget", Werkzeugblatt::budget);
        FIELDS.put("sheet.indicators", s -> s.indicators().stream().map(i -> i.withMeasurements(List.of())).toList());
        FIELDS.put("sheet.dependsOn", Werkzeugblatt::dependsOn);
    }

    private SheetDiff() {
    }

    public static List<Change> between(Werkzeugblatt before, Werkzeugblatt after) {
        List<Change> changes = new ArrayList<>();
        FIELDS.forEach((key, field) -> {
            if (!Objects.equals(field.apply(before), field.apply(after))) {
                changes.add(new Change(Kind.FIELD, key));
            }
        });
        measurementChanges(before, after, changes);
        Map<UUID, Step> old = new LinkedHashMap<>();
        before.steps().forEach(s -> old.put(s.id(), s));
        List<UUID> keptOrder = new ArrayList<>();
        for (Step s : after.steps()) {
            Step was = old.remove(s.id());
            if (was == null) {
                changes.add(new Change(Kind.STEP_ADDED, s.text()));
                continue;
            }
            keptOrder.add(s.id());
            if (s.done() && !was.done()) {
                changes.add(new Change(Kind.STEP_COMPLETED, s.text()));
            } else if (!s.equals(was)) {
                changes.add(new Change(Kind.STEP_EDITED, s.text()));
            }
        }
        old.values().forEach(s -> changes.add(new Change(Kind.STEP_REMOVED, s.text())));
        List<UUID> oldOrder = before.steps().stream().map(Step::id).filter(keptOrder::contains).toList();
        if (!oldOrder.equals(keptOrder)) {
            changes.add(new Change(Kind.STEPS_REORDERED, ""));
        }
        return changes;
    }

    /** Values added, changed or removed, indicator by indicator (of indicators in both versions), by date. */
    private static void measurementChanges(Werkzeugblatt before, Werkzeugblatt after, List<Change> changes) {
        Map<UUID, Indicator> old = new LinkedHashMap<>();
        before.indicators().forEach(i -> old.put(i.id(), i));
        for (Indicator now : after.indicators()) {
            Indicator was = old.get(now.id());
            List<Measurement> wasValues = was == null ? List.of() : was.measurements();
            Map<LocalDate, Measurement> gone = new LinkedHashMap<>();
            wasValues.forEach(m -> gone.put(m.date(), m));
            for (Measurement m : now.measurements()) {
                Measurement previous = gone.remove(m.date());
                if (previous == null) {
                    changes.add(new Change(Kind.MEASUREMENT_ADDED, subject(now, m)));
                } else if (!previous.equals(m)) {
                    changes.add(new Change(Kind.MEASUREMENT_EDITED, subject(now, m)));
                }
            }
            gone.values().forEach(m -> changes.add(new Change(Kind.MEASUREMENT_REMOVED, subject(now, m))));
        }
    }

    private static String subject(Indicator indicator, Measurement m) {
        return indicator.name() + " " + m.date();
    }
}
