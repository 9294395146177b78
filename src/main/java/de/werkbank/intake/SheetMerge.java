package de.werkbank.intake;

import de.werkbank.sheet.Step;
import de.werkbank.sheet.StepStatus;
import de.werkbank.sheet.Werkzeugblatt;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A sheet with what a measure of the file says: its description, dates, budget, lead office, contact
 * and steps. What the file leaves empty stays as it is; a step is the same step when its text is
 * (as people read it), so it keeps its id, who and due date, and takes the file's status; steps
 * the file does not name stay. Merging the same measure twice changes nothing the second time.
 */
final class SheetMerge {

    private SheetMerge() {
    }

    static Werkzeugblatt merge(Werkzeugblatt sheet, Measure m, UUID office, UUID contact) {
        return sheet.with(d -> {
            if (!m.description().isEmpty()) {
                d.description = m.description();
            }
            if (m.start() != null) {
                d.start = m.start();
            }
            if (m.end() != null) {
                d.end = m.end();
            }
            if (m.budget() != null) {
                d.budget = MeasureImport.budget(m.budget());
            }
            if (office != null) {
                d.leadOffice = office;
            }
            if (contact != null) {
                d.contact = contact;
            }
            d.steps = steps(d.steps, m.steps());
        });
    }

    private static List<Step> steps(List<Step> existing, List<Measure.Step> imported) {
        List<Step> result = new ArrayList<>(existing);
        List<Step> unused = new ArrayList<>(existing);
        for (Measure.Step s : imported) {
            if (s.text().isEmpty()) {
                continue;
            }
            String text = Normalized.of(s.text());
            Step same = unused.stream().filter(e -> Normalized.of(e.text()).equals(text)).findFirst().orElse(null);
            if (same == null) {
                result.add(new Step(UUID.randomUUID(), s.text(), null, "", null, s.status(), ""));
                continue;
            }
            unused.remove(same);
            StepStatus status = status(s.status(), same.status());
            if (status != same.status()) {
                result.set(result.indexOf(same), same.withStatus(status));
            }
        }
        return result;
    }

    /**
     * A step's status after the file's: done and in progress as the file says (a step blocked in
     * Werkbank stays blocked while the file says in progress); open reopens a done step and keeps
     * what Werkbank knows better (in progress, blocked) otherwise.
     */
    private static StepStatus status(StepStatus file, StepStatus stored) {
        return switch (file) {
            case DONE -> StepStatus.DONE;
            case IN_PROGRESS -> stored == StepStatus.BLOCKED ? StepStatus.BLOCKED : StepStatus.IN_PROGRESS;
            case BLOCKED -> StepStatus.BLOCKED;
            case OPEN -> stored == StepStatus.DONE ? StepStatus.OPEN : stored;
        };
    }

    /** The message keys of the fields that differ. */
    static List<String> changed(Werkzeugblatt a, Werkzeugblatt b) {
        List<String> changed = new ArrayList<>();
        if (!a.description().equals(b.description())) {
            changed.add("intake.field.description");
        }
        if (!Objects.equals(a.start(), b.start())) {
            changed.add("intake.field.start");
        }
        if (!Objects.equals(a.end(), b.end())) {
            changed.add("intake.field.end");
        }
        if (!Objects.equals(a.budget(), b.budget())) {
            changed.add("intake.field.budget");
        }
        if (!Objects.equals(a.leadOffice(), b.leadOffice())) {
            changed.add("intake.field.office");
        }
        if (!Objects.equals(a.contact(), b.contact())) {
            changed.add("intake.field.contact");
        }
        if (!a.steps().equals(b.steps())) {
            changed.add("intake.field.steps");
        }
        return changed;
    }
}
