package de.werkbank.ui.sheet;

import de.werkbank.i18n.Messages;
import de.werkbank.sheet.Budget;
import de.werkbank.sheet.Indicator;
import de.werkbank.sheet.SheetDiff;
import de.werkbank.sheet.Step;
import de.werkbank.sheet.Werkzeugblatt;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * Edits of the open sheet that met someone else's change of the same field: each is kept, by field,
 * until the user keeps it or takes the other change. Fields are named by their message keys, as
 * {@link SheetDiff} names them; all step changes count as one field, {@link #STEPS}, and measured values count as
 * {@link #INDICATORS}.
 */
final class SheetConflicts {

    static final String STEPS = "ui.sheet.steps";
    /** Measured values count as changes of the indicators. */
    static final String INDICATORS = "sheet.indicators";

    private final ObservableMap<String, Consumer<Werkzeugblatt.Draft>> pending = FXCollections.observableHashMap();

    /** The fields in which two versions of a sheet differ. */
    static Set<String> touched(Werkzeugblatt a, Werkzeugblatt b) {
        Set<String> fields = new LinkedHashSet<>();
        for (SheetDiff.Change c : SheetDiff.between(a, b)) {
            fields.add(switch (c.kind()) {
                case FIELD -> c.subject();
                case MEASUREMENT_ADDED, MEASUREMENT_EDITED, MEASUREMENT_REMOVED -> INDICATORS;
                default -> STEPS;
            });
        }
        return fields;
    }

    ObservableMap<String, Consumer<Werkzeugblatt.Draft>> pending() {
        return pending;
    }

    /** The stored sheet as the user sees it: with every edit still waiting for the user's choice. */
    Werkzeugblatt shown(Werkzeugblatt stored) {
        Werkzeugblatt s = stored;
        for (Consumer<Werkzeugblatt.Draft> edit : pending.values()) {
            s = s.with(edit);
        }
        return s;
    }

    /** The first of these fields that waits for the user's choice. */
    Optional<String> pendingAmong(Set<String> fields) {
        return fields.stream().filter(pending::containsKey).findFirst();
    }

    /** Keeps an edit of a field that met another change (added to the one waiting there, if any). */
    void keep(String field, Consumer<Werkzeugblatt.Draft> edit) {
        pending.merge(field, edit, Consumer::andThen);
    }

    /** Forgets the edit waiting at a field, and returns it. */
    Optional<Consumer<Werkzeugblatt.Draft>> remove(String field) {
        return Optional.ofNullable(pending.remove(field));
    }

    /**
     * An edit that sets these fields to their values in {@code after}: what the user sees in the form
     * is what is kept, however the form's fields change meanwhile.
     */
    static Consumer<Werkzeugblatt.Draft> fixed(Werkzeugblatt after, Set<String> fields) {
        return d -> fields.forEach(field -> set(d, field, after));
    }

    private static void set(Werkzeugblatt.Draft d, String field, Werkzeugblatt s) {
        switch (field) {
            case "sheet.goal" -> d.goal = s.goal();
            case "sheet.description" -> d.description = s.description();
            case "sheet.targetGroups" -> d.targetGroups = new ArrayList<>(s.targetGroups());
            case "sheet.partners" -> d.partners = new ArrayList<>(s.partners());
            case "sheet.leadOffice" -> d.leadOffice = s.leadOffice();
            case "sheet.contact" -> d.contact = s.contact();
            case "sheet.areas" -> d.areas = new ArrayList<>(s.areas());
            case "sheet.start" -> d.start = s.start();
            case "sheet.end" -> d.end = s.end();
            case "sheet.budget" -> d.budget = s.budget();
            case "sheet.indicators" -> d.indicators = new ArrayList<>(s.indicators());
            case "sheet.dependsOn" -> d.dependsOn = new ArrayList<>(s.dependsOn());
            default -> d.steps = new ArrayList<>(s.steps());
        }
    }

    /** How one field of a sheet reads, for the note that names the other change. */
    static String text(String field, Werkzeugblatt s, Function<UUID, String> actorName,
                       Function<String, String> areaName, Function<UUID, String> measureTitle) {
        return switch (field) {
            case "sheet.goal" -> s.goal();
            case "sheet.description" -> s.description();
            case "sheet.targetGroups" -> String.join(", ", s.targetGroups());
            case "sheet.partners" -> String.join(", ", s.partners());
            case "sheet.leadOffice" -> s.leadOffice() == null ? "" : actorName.apply(s.leadOffice());
            case "sheet.contact" -> s.contact() == null ? "" : actorName.apply(s.contact());
            case "sheet.areas" -> String.join(", ", s.areas().stream().map(areaName).toList());
            case "sheet.start" -> date(s.start());
            case "sheet.end" -> date(s.end());
            case "sheet.budget" -> budget(s.budget());
            case "sheet.indicators" -> String.join(", ", s.indicators().stream().map(Indicator::name).toList());
            case "sheet.dependsOn" -> String.join(", ", s.dependsOn().stream().map(measureTitle).toList());
            default -> String.join(", ", s.steps().stream().map(Step::text).toList());
        };
    }

    private static String date(LocalDate d) {
        return d == null ? "" : Messages.get().date(d);
    }

    private static String budget(Budget b) {
        if (b == null) {
            return "";
        }
        String amount = SheetViewModel.formatAmount(b.amount()) + " €";
        return b.source().isEmpty() ? amount : amount + ", " + b.source();
    }

    /** The field keys whose notes stand at one place of the form (start and end share the period's row). */
    static List<String> fieldsAt(String rowKey) {
        return "ui.sheet.period".equals(rowKey) ? List.of("sheet.start", "sheet.end") : List.of(rowKey);
    }
}
