package de.werkbank.ui.sheet;

import de.werkbank.map.IndicatorValues;
import de.werkbank.area.Area;
import de.werkbank.i18n.Messages;
import de.werkbank.i18n.UserFacingException;
import de.werkbank.plan.AddActor;
import de.werkbank.plan.EditSheet;
import de.werkbank.plan.PlanChange;
import de.werkbank.plan.PlanConflictException;
import de.werkbank.session.Session;
import de.werkbank.sheet.Actor;
import de.werkbank.sheet.Budget;
import de.werkbank.sheet.Progress;
import de.werkbank.sheet.SheetCheck;
import de.werkbank.sheet.SheetField;
import de.werkbank.sheet.SheetProblem;
import de.werkbank.sheet.Step;
import de.werkbank.sheet.Werkzeugblatt;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * One card's Werkzeugblatt while it is open. Every edit becomes an {@link EditSheet} command through
 * the session's editor (stored at once, undoable); an edit the rules refuse is not stored and its
 * message stands at the field.
 */
public final class SheetViewModel {

    /** Another measure of the plan, for "depends on". */
    public record Measure(UUID card, String title) {
    }

    private final Session session;
    private final Clock clock;
    private final UUID card;
    private final String cardTitle;
    private final ObjectProperty<Werkzeugblatt> sheet = new SimpleObjectProperty<>();
    private final ObservableList<Actor> offices = FXCollections.observableArrayList();
    private final ObservableList<Actor> people = FXCollections.observableArrayList();
    private de.werkbank.area.AreaTree areaTree = new de.werkbank.area.AreaTree(List.of());
    private final ObservableList<Area> areas = FXCollections.observableArrayList();
    private final ObservableList<Measure> measures = FXCollections.observableArrayList();
    private final ObservableMap<SheetField, String> messages = FXCollections.observableHashMap();
    private final Consumer<PlanChange> onChange = this::changed;
    private final SheetConflicts conflicts = new SheetConflicts();
    private IndicatorValues indicatorValues;

    /**
     * @param measures the plan's other measures, for "depends on"
     */
    public SheetViewModel(Session session, Clock clock, UUID card, String cardTitle, List<Measure> measures) {
        this.session = session;
        this.clock = clock;
        this.card = card;
        this.cardTitle = cardTitle;
        this.measures.setAll(measures.stream().filter(m -> !m.card().equals(card)).toList());
        // Kreis, each Kommune followed by its Orts-/Stadtteile: a measure may act in a single village
        areaTree = new de.werkbank.area.AreaTree(session.store().areas());
        areas.setAll(areaTree.topDown());
        loadActors();
        sheet.set(session.store().sheet(card));
        session.editor().addListener(onChange);
    }

    /** Stops following the plan's changes (when the sheet is closed). */
    public void close() {
        session.editor().removeListener(onChange);
    }

    private void changed(PlanChange change) {
        if (change.sheets().contains(card)) {
            sheet.set(session.store().sheet(card));
        }
    }

    private void loadActors() {
        List<Actor> all = session.store().actors();
        offices.setAll(all.stream().filter(a -> a.kind() == Actor.Kind.OFFICE).toList());
        people.setAll(all.stream().filter(a -> a.kind() == Actor.Kind.PERSON).toList());
    }

    /**
     * Changes the sheet as {@code edit} says and stores it; if a rule refuses the change nothing is
     * stored and the message stands at the field. If someone else changed the sheet meanwhile, the
     * edit is stored over their version when they changed other fields; when they changed the same
     * field, it waits at the field (see {@link #conflicts()}) until the user keeps it or takes theirs.
     * An edit of a field that waits so joins the waiting one.
     *
     * @return the message, when the change was refused
     */
    public Optional<String> edit(Consumer<Werkzeugblatt.Draft> edit) {
        Werkzeugblatt shown = shownSheet();
        Werkzeugblatt after = shown.with(edit);
        if (after.equals(shown)) {
            return Optional.empty();
        }
        Set<String> fields = SheetConflicts.touched(shown, after);
        Optional<String> waiting = conflicts.pendingAmong(fields);
        if (waiting.isPresent()) {
            conflicts.keep(waiting.get(), SheetConflicts.fixed(after, fields));
            return Optional.empty();
        }
        return store(sheet.get(), edit, true);
    }

    private Optional<String> store(Werkzeugblatt before, Consumer<Werkzeugblatt.Draft> edit, boolean mayMerge) {
        Werkzeugblatt after = before.with(edit);
        if (after.equals(before)) {
            sheet.set(before);
            return Optional.empty();
        }
        Optional<SheetProblem> refused = SheetCheck.blocking(after);
        if (refused.isPresent()) {
            String text = Messages.tr(refused.get().messageKey(), refused.get().argument());
            messages.put(refused.get().field(), text);
            return Optional.of(text);
        }
        try {
            session.editor().execute(new EditSheet(before, after, cardTitle));
            messages.clear();
            return Optional.empty();
        } catch (PlanConflictException e) {
            Werkzeugblatt current = session.store().sheet(card);
            Set<String> theirs = SheetConflicts.touched(before, current);
            Set<String> mine = SheetConflicts.touched(before, after);
            Optional<String> clash = mine.stream().filter(theirs::contains).findFirst();
            if (clash.isEmpty() && mayMerge) {
                return store(current, edit, false);
            }
            Consumer<Werkzeugblatt.Draft> kept = SheetConflicts.fixed(after, mine);
            if (current.with(kept).equals(current)) {
                sheet.set(current); // the other one wrote what the user wrote
                return Optional.empty();
            }
            conflicts.keep(clash.or(() -> mine.stream().findFirst()).orElse(SheetConflicts.STEPS), kept);
            sheet.set(current);
            return Optional.empty();
        } catch (UserFacingException e) {
            sheet.set(session.store().sheet(card));
            return Optional.of(e.getLocalizedMessage());
        }
    }

    /**
     * Stores the edit waiting at a field over the other change, as a new step. If the sheet changed
     * again meanwhile, it is treated like any edit.
     */
    public void keepMine(String field) {
        conflicts.remove(field).ifPresent(edit -> store(session.store().sheet(card), edit, true));
    }

    /** Forgets the edit waiting at a field: the field shows the other change. */
    public void takeTheirs(String field) {
        if (conflicts.remove(field).isPresent()) {
            sheet.set(session.store().sheet(card));
        }
    }

    /** Edits that met someone else's change of the same field, by field (message keys, see {@link SheetConflicts}). */
    public ObservableMap<String, Consumer<Werkzeugblatt.Draft>> conflicts() {
        return conflicts.pending();
    }

    /** How a field reads in the stored sheet, which someone else changed. */
    public String theirs(String field) {
        return text(field, sheet.get());
    }

    /** How a field reads with the user's edit that waits there. */
    public String mine(String field) {
        return text(field, shownSheet());
    }

    private String text(String field, Werkzeugblatt s) {
        Map<UUID, String> actorNames = new HashMap<>();
        session.store().actors().forEach(a -> actorNames.put(a.id(), a.name()));
        Map<String, String> areaNames = new HashMap<>();
        areas.forEach(a -> areaNames.put(a.key(), a.name()));
        Map<UUID, String> titles = new HashMap<>();
        measures.forEach(m -> titles.put(m.card(), m.title()));
        return SheetConflicts.text(field, s, id -> actorNames.getOrDefault(id, "?"),
                key -> areaNames.getOrDefault(key, key), id -> titles.getOrDefault(id, "?"));
    }

    /** The sheet as the form shows it: the stored one with the edits that wait at their fields. */
    public Werkzeugblatt shownSheet() {
        return conflicts.shown(sheet.get());
    }

    /**
     * Sets the budget from what the user typed: an amount in euros as the UI language writes it
     * ("48.000,50"), or nothing for no budget.
     *
     * @return the message, when the amount is no number or the change was refused
     */
    public Optional<String> setBudget(String amountText, String source) {
        String text = amountText == null ? "" : amountText.replace("€", "").strip();
        if (text.isEmpty()) {
            return edit(d -> d.budget = null);
        }
        Optional<BigDecimal> amount = parseNumber(text);
        if (amount.isEmpty()) {
            String message = Messages.tr("ui.sheet.budget.invalid");
            messages.put(SheetField.BUDGET, message);
            return Optional.of(message);
        }
        return edit(d -> d.budget = new Budget(amount.get(), source));
    }

    /** A number as the UI language writes it ("48.000,50" in German), or empty. */
    static Optional<BigDecimal> parseNumber(String text) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(Messages.get().locale());
        format.setParseBigDecimal(true);
        ParsePosition at = new ParsePosition(0);
        Number n = format.parse(text, at);
        return n == null || at.getIndex() != text.length() ? Optional.empty() : Optional.of((BigDecimal) n);
    }

    /** An amount in euros as the budget field shows it: cents only when there are any. */
    static String formatAmount(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Messages.get().locale());
        format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    /** A number as the UI language writes it, with up to four decimals. */
    static String formatNumber(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(Messages.get().locale());
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }

    /** Adds a step at the end; blank text adds nothing. */
    public Optional<String> addStep(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return edit(d -> d.steps.add(Step.of(text)));
    }

    public Optional<String> updateStep(Step step) {
        return edit(d -> d.replaceStep(step));
    }

    public Optional<String> removeStep(UUID step) {
        return edit(d -> d.steps.removeIf(s -> s.id().equals(step)));
    }

    /** Puts a step at {@code index} of the list (counted without the step itself). */
    public Optional<String> moveStep(UUID step, int index) {
        return edit(d -> {
            int from = indexOf(d.steps, step);
            if (from >= 0) {
                Step moved = d.steps.remove(from);
                d.steps.add(Math.max(0, Math.min(index, d.steps.size())), moved);
            }
        });
    }

    /** The index of a step in the list, or -1. */
    public int indexOf(UUID step) {
        return indexOf(sheet.get().steps(), step);
    }

    private static int indexOf(List<Step> steps, UUID step) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(step)) {
                return i;
            }
        }
        return -1;
    }

    /** Adds an office to the registry (undoable like every change) and returns it. */
    public Optional<Actor> addOffice(String name) {
        return name == null || name.isBlank() ? Optional.empty() : add(Actor.office(name, ""), offices);
    }

    /** Adds a person to the registry, in the sheet's lead office if it names one, and returns them. */
    public Optional<Actor> addPerson(String name) {
        return name == null || name.isBlank() ? Optional.empty()
                : add(Actor.person(name, sheet.get().leadOffice(), ""), people);
    }

    /** Adds an actor; one of the same kind and name that is there already is returned instead. */
    private Optional<Actor> add(Actor actor, List<Actor> existing) {
        try {
            session.editor().execute(new AddActor(actor));
        } catch (UserFacingException e) {
            return existing.stream().filter(o -> o.name().equals(actor.name())).findFirst();
        }
        loadActors();
        return Optional.of(actor);
    }

    /** The titles of the measures whose sheets name this one as a prerequisite. */
    public List<String> prerequisiteFor() {
        List<UUID> dependents = session.store().dependents(card);
        return measures.stream().filter(m -> dependents.contains(m.card())).map(Measure::title).toList();
    }

    /** The flags of the stored sheet's steps (e.g. due after the measure's end), by step. */
    public Map<UUID, String> stepMessages() {
        Map<UUID, String> result = new HashMap<>();
        for (SheetProblem p : SheetCheck.problems(sheet.get())) {
            if (p.step() != null) {
                result.put(p.step(), Messages.tr(p.messageKey(), p.argument()));
            }
        }
        return result;
    }

    public Progress progress() {
        return Progress.of(sheet.get().steps(), LocalDate.now(clock));
    }

    /** The values of the sheet's indicators, typed in or from the Datencheck. */
    IndicatorValues indicatorValues() {
        if (indicatorValues == null) {
            indicatorValues = new IndicatorValues(session.store());
        }
        return indicatorValues;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public String cardTitle() {
        return cardTitle;
    }

    public ReadOnlyObjectProperty<Werkzeugblatt> sheetProperty() {
        return sheet;
    }

    public Werkzeugblatt sheet() {
        return sheet.get();
    }

    /** Refusals standing at their fields, until the next stored change. */
    public ObservableMap<SheetField, String> messages() {
        return messages;
    }

    public ObservableList<Actor> offices() {
        return offices;
    }

    public ObservableList<Actor> people() {
        return people;
    }

    /** Offices and people, for "who" of a step. */
    public List<Actor> actors() {
        return Stream.concat(offices.stream(), people.stream()).toList();
    }

    /** An area as the "where" list shows it: an Ortsteil with its Kommune, e.g. „Birkesdorf (Düren)“. */
    public String areaLabel(Area area) {
        if (area.level() != Area.Level.ORTSTEIL) {
            return area.name();
        }
        return areaTree.parent(area.key()).map(p -> Messages.tr("ui.sheet.areaIn", area.name(), p.name())).orElse(area.name());
    }

    public ObservableList<Area> areas() {
        return areas;
    }

    public ObservableList<Measure> measures() {
        return measures;
    }
}
