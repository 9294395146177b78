package de.werkbank.ui.board;

import de.werkbank.area.Area;
import de.werkbank.catalogue.Catalogue;
import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.Kind;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.i18n.Messages;
import de.werkbank.i18n.UserFacingException;
import de.werkbank.plan.AddColumn;
import de.werkbank.plan.ArchiveCard;
import de.werkbank.plan.Card;
import de.werkbank.plan.EditColumn;
import de.werkbank.plan.HistoryEntry;
import de.werkbank.plan.MoveColumn;
import de.werkbank.plan.RemoveColumn;
import de.werkbank.plan.RestoreCard;
import de.werkbank.plan.SetSwimlanes;
import de.werkbank.plan.CreateCard;
import de.werkbank.plan.MoveCard;
import de.werkbank.plan.Plan;
import de.werkbank.plan.PlanChange;
import de.werkbank.plan.PlanColumn;
import de.werkbank.plan.PlanCommand;
import de.werkbank.plan.PlanEditor;
import de.werkbank.session.Session;
import de.werkbank.sheet.Actor;
import de.werkbank.sheet.OpenSteps;
import de.werkbank.sheet.Progress;
import de.werkbank.sheet.SheetOutline;
import de.werkbank.sheet.Step;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Werkstattplan as the board shows it. Every change goes through the session's
 * {@link PlanEditor}; after each one the board is read again from the store.
 */
public final class BoardViewModel {

    private final ObservableList<ColumnModel> columns = FXCollections.observableArrayList();
    private final BooleanProperty hasPlan = new SimpleBooleanProperty();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final ObjectProperty<UUID> followed = new SimpleObjectProperty<>();
    private boolean follow;
    private Map<String, String> officeShortNames = Map.of();
    private final StringProperty undoText = new SimpleStringProperty(Messages.tr("ui.menu.edit.undo"));
    private final StringProperty redoText = new SimpleStringProperty(Messages.tr("ui.menu.edit.redo"));
    private final Consumer<PlanChange> onPlanChanged = this::apply;
    private final ObjectProperty<CardFilter> filter = new SimpleObjectProperty<>(CardFilter.NONE);
    private final ObservableList<String> leadOffices = FXCollections.observableArrayList();
    private final ObservableList<Handlungsfeld> handlungsfelder = FXCollections.observableArrayList();
    private final BooleanProperty swimlanes = new SimpleBooleanProperty();
    private final Clock clock;
    private Consumer<String> errors = message -> { };
    private Predicate<String> confirmation = question -> false;
    private Session session;
    private Catalogue catalogue;
    private Map<UUID, Werkzeug> tools = Map.of();
    private Map<UUID, SheetOutline> outlines = new HashMap<>();
    private final ObservableList<Area> areas = FXCollections.observableArrayList();
    private final ObjectProperty<UUID> openedCard = new SimpleObjectProperty<>();
    private LocalDate today;
    private UUID lastOpened;

    public BoardViewModel(Clock clock) {
        this.clock = clock;
        filter.addListener((obs, old, now) -> columns.forEach(c -> c.setFilter(now)));
        swimlanes.addListener(o -> columns.forEach(c -> c.setLanes(lanes())));
    }

    /** Shows the plan of this session (and stops listening to the previous one). */
    public void attach(Session newSession) {
        if (session != null) {
            session.editor().removeListener(onPlanChanged);
        }
        session = newSession;
        session.editor().addListener(onPlanChanged);
        columns.clear();
        reload();
    }

    /** Where messages about refused changes go (the view shows them). */
    public void setErrorHandler(Consumer<String> errors) {
        this.errors = errors;
    }

    /**
     * How the board asks the user a yes/no question, such as whether a card shall change its
     * Handlungsfeld (the view shows a dialog); until one is set, every question is answered no.
     */
    public void setConfirmation(Predicate<String> ask) {
        this.confirmation = ask;
    }

    /** Reads the whole plan again from the store. */
    public void reload() {
        catalogue = session.store().catalogue();
        tools = catalogue.werkzeugeById();
        handlungsfelder.setAll(catalogue.handlungsfelder());
        outlines = new HashMap<>(session.store().sheetOutlines());
        today = LocalDate.now(clock);
        officeShortNames = session.store().actors().stream()
                .filter(a -> a.kind() == Actor.Kind.OFFICE && !a.shortName().isEmpty())
                .collect(java.util.stream.Collectors.toMap(Actor::name, Actor::shortName, (a, b) -> a));
        leadOffices.setAll(Stream.concat(catalogue.werkzeuge().stream().map(Werkzeug::leadOffice),
                        session.store().actors().stream().filter(a -> a.kind() == Actor.Kind.OFFICE).map(Actor::name))
                .filter(o -> !o.isBlank()).distinct().sorted(Collator.getInstance(Locale.GERMAN)).toList());
        areas.setAll(session.store().areas().stream().filter(a -> a.level() != Area.Level.ORTSTEIL).toList());
        Optional<Plan> plan = session.store().plan();
        hasPlan.set(plan.isPresent());
        swimlanes.set(plan.map(Plan::swimlanes).orElse(false));
        if (plan.isEmpty()) {
            columns.clear();
        } else {
            show(plan.get());
        }
        updateUndoState();
    }

    /**
     * Applies one stored change: only the touched cards are read again and put where they now stand,
     * so a move costs the same on a board of ten cards and of ten thousand.
     */
    private void apply(PlanChange change) {
        if (!hasPlan.get() || change.columnsChanged() || change.catalogueChanged()) {
            reload();
            return;
        }
        if (change.swimlanesChanged()) {
            swimlanes.set(session.store().swimlanes());
        }
        for (UUID columnId : change.renumberedColumns()) {
            column(columnId).ifPresent(c -> c.cards().setAll(session.store().cardsIn(columnId).stream().map(this::item).toList()));
        }
        for (UUID cardId : change.sheets()) {
            outlines.put(cardId, session.store().sheetOutline(cardId));
        }
        List<Card> moved = change.cards().stream().map(id -> session.store().card(id)).flatMap(Optional::stream).toList();
        batchAll(columns.iterator(), () -> {
            for (UUID cardId : change.cards()) {
                columns.forEach(c -> c.remove(cardId));
            }
            moved.forEach(card -> column(card.column()).ifPresent(c -> c.insert(item(card))));
        });
        if (follow && !change.cards().isEmpty()) {
            followed.set(null);
            followed.set(change.cards().iterator().next());
        }
        updateUndoState();
    }

    /** Runs the changes with every column's row updates held back until they are all done. */
    private static void batchAll(Iterator<ColumnModel> columns, Runnable changes) {
        if (columns.hasNext()) {
            columns.next().batch(() -> batchAll(columns, changes));
        } else {
            changes.run();
        }
    }

    private Optional<ColumnModel> column(UUID id) {
        return columns.stream().filter(c -> c.column().id().equals(id)).findFirst();
    }

    private void updateUndoState() {
        PlanEditor editor = session.editor();
        canUndo.set(editor.canUndo());
        canRedo.set(editor.canRedo());
        undoText.set(editor.undoDescription().map(d -> Messages.tr("ui.menu.edit.undoWhat", d))
                .orElse(Messages.tr("ui.menu.edit.undo")));
        redoText.set(editor.redoDescription().map(d -> Messages.tr("ui.menu.edit.redoWhat", d))
                .orElse(Messages.tr("ui.menu.edit.redo")));
    }

    private void show(Plan plan) {
        List<PlanColumn> planColumns = plan.columns();
        boolean sameColumns = columns.size() == planColumns.size();
        for (int i = 0; sameColumns && i < planColumns.size(); i++) {
            sameColumns = columns.get(i).column().id().equals(planColumns.get(i).id());
        }
        Map<UUID, List<CardItem>> byColumn = new HashMap<>();
        for (PlanColumn c : planColumns) {
            byColumn.put(c.id(), new ArrayList<>());
        }
        plan.cards().stream().sorted(Comparator.comparingLong(Card::position))
                .forEach(card -> byColumn.get(card.column()).add(item(card)));
        if (sameColumns) {
            for (int i = 0; i < planColumns.size(); i++) {
                columns.get(i).setLanes(lanes());
                columns.get(i).update(planColumns.get(i), byColumn.get(planColumns.get(i).id()));
            }
        } else {
            columns.setAll(planColumns.stream()
                    .map(c -> new ColumnModel(c, byColumn.get(c.id()), filter.get(), lanes())).toList());
        }
    }

    /** The Handlungsfelder shown as swimlanes, in catalogue order; none while they are off. */
    private List<Handlungsfeld> lanes() {
        return swimlanes.get() && catalogue != null ? catalogue.handlungsfelder() : List.of();
    }

    private CardItem item(Card card) {
        Werkzeug tool = tools.get(card.werkzeug());
        Optional<Handlungsfeld> field = catalogue.handlungsfeld(card.handlungsfeld());
        SheetOutline outline = outlines.get(card.id());
        String toolOffice = tool == null ? "" : tool.leadOffice();
        return new CardItem(card, tool == null ? "" : tool.code(), tool == null ? Kind.GREEN : tool.kind(),
                field.map(Handlungsfeld::shortName).orElse(card.handlungsfeld()),
                field.map(Handlungsfeld::colour).orElse("#888888"),
                outline == null || outline.leadOffice() == null ? toolOffice : outline.leadOffice(),
                outline == null ? List.of() : outline.areas(),
                outline == null ? Progress.NONE : outline.progressOn(today), tool != null && tool.retired());
    }

    /** Opens the Werkzeugblatt of a card (the window shows it beside the board). */
    public void openSheet(CardItem item) {
        openedCard.set(item.card().id());
    }

    public void closeSheet() {
        if (openedCard.get() != null) {
            lastOpened = openedCard.get();
        }
        openedCard.set(null);
    }

    /** The card whose sheet was closed last (the board gives it the focus back), or {@code null}. */
    public UUID lastOpenedCard() {
        return lastOpened;
    }

    /** The card whose Werkzeugblatt is open, or {@code null}. */
    public ObjectProperty<UUID> openedCardProperty() {
        return openedCard;
    }

    /** The card with this id as the board shows it, if it is on the board. */
    public Optional<CardItem> item(UUID cardId) {
        for (ColumnModel c : columns) {
            int i = c.indexOf(cardId);
            if (i >= 0) {
                return Optional.of(c.cards().get(i));
            }
        }
        return Optional.empty();
    }

    /** The session the board shows. */
    public Session session() {
        return session;
    }

    /** Takes a catalogue tool into the plan: a new card at {@code index} among the column's cards. */
    public void addTool(Werkzeug tool, ColumnModel column, int index) {
        run(new CreateCard(tool, column.column(), index, clock.instant()));
    }

    /**
     * Takes a catalogue tool dropped at insertion index {@code row} among the column's rows into the
     * plan. A tool keeps its own Handlungsfeld: dropped into another field's lane, it lands at the end
     * of its own lane (the drop line shows it there, see {@link ColumnModel#dropRow}).
     */
    public void dropTool(Werkzeug tool, ColumnModel column, int row) {
        LaneRows.Slot slot = column.slotAt(row, tool.handlungsfeld());
        DropIndex.amongOthers(column.cards(), column.laneCards(slot.lane()), slot.index(), null)
                .ifPresent(index -> addTool(tool, column, index));
    }

    /**
     * Moves a card dropped at insertion index {@code row} among the rows the column shows (lane headers
     * included; the card itself too when it stands there). Dropped into another Handlungsfeld's lane,
     * it moves only if the user confirms, and then changes its field in the same step.
     */
    public void moveCard(CardItem item, ColumnModel column, int row) {
        land(item, column, column.slotAt(row, null));
    }

    /** Moves the card to a place of a lane, asking first if that changes its Handlungsfeld. */
    private boolean land(CardItem item, ColumnModel column, LaneRows.Slot slot) {
        OptionalInt index = DropIndex.amongOthers(column.cards(), column.laneCards(slot.lane()), slot.index(),
                item.card().id());
        if (index.isEmpty()) {
            return false;
        }
        Handlungsfeld field = null;
        if (slot.lane() != null && !slot.lane().equals(item.card().handlungsfeld())) {
            field = catalogue.handlungsfeld(slot.lane()).orElseThrow();
            if (!confirmation.test(Messages.tr("ui.lane.confirm", item.card().title(), field.shortName()))) {
                return false;
            }
        }
        run(new MoveCard(item.card(), column.column(), index.getAsInt(), field));
        return true;
    }

    /** Where a card goes by keyboard: a column left or right, a place up or down. */
    public enum Direction {
        LEFT, RIGHT, UP, DOWN
    }

    /** Where a card stands: column and row on the board. */
    public record Place(int column, int row) {
    }

    /**
     * Moves a card one column left or right, keeping its lane and its height in the lane as far as
     * possible, or one place up or down within its lane. At a lane's edge, up and down move it into the
     * neighbouring lane (after the user confirmed the change of its Handlungsfeld).
     *
     * @return where the card stands afterwards, or empty if it could not or did not go that way
     */
    public Optional<Place> step(CardItem item, Direction step) {
        boolean moved = placeOf(item.card().id())
                .flatMap(from -> KeyboardStep.of(columns, from, item.card().id(), step))
                .map(target -> land(item, target.column(), target.slot()))
                .orElse(false);
        return moved ? placeOf(item.card().id()) : Optional.empty();
    }

    /** Where the card with this id stands now among the rows shown (empty if hidden or gone). */
    public Optional<Place> placeOf(UUID cardId) {
        for (int c = 0; c < columns.size(); c++) {
            int row = columns.get(c).rowOf(cardId);
            if (row >= 0) {
                return Optional.of(new Place(c, row));
            }
        }
        return Optional.empty();
    }

    /** Switches the swimlanes by Handlungsfeld on or off (a step that undo takes back). */
    public void setSwimlanes(boolean on) {
        if (hasPlan.get() && on != swimlanes.get()) {
            run(new SetSwimlanes(on));
        }
    }

    public void toggleSwimlanes() {
        setSwimlanes(!swimlanes.get());
    }

    /** Whether the board shows swimlanes by Handlungsfeld (as the plan stores it). */
    public ReadOnlyBooleanProperty swimlanesProperty() {
        return swimlanes;
    }

    /** Renames a column; a blank name changes nothing. */
    public void renameColumn(ColumnModel column, String name) {
        String trimmed = name == null ? "" : name.strip();
        if (!trimmed.isEmpty() && !trimmed.equals(column.column().name())) {
            run(new EditColumn(column.column(), column.column().named(trimmed)));
        }
    }

    /**
     * Sets a column's WIP limit from what the user typed: a whole number from 1, or nothing for no limit.
     *
     * @return the message to show when the text is no such number (nothing is changed then)
     */
    public Optional<String> setWipLimit(ColumnModel column, String text) {
        String trimmed = text == null ? "" : text.strip();
        Integer limit;
        if (trimmed.isEmpty()) {
            limit = null;
        } else {
            try {
                limit = Integer.valueOf(trimmed);
            } catch (NumberFormatException e) {
                return Optional.of(Messages.tr("ui.column.wip.invalid"));
            }
            if (limit < 1) {
                return Optional.of(Messages.tr("ui.column.wip.invalid"));
            }
        }
        if (!Objects.equals(limit, column.column().wipLimit())) {
            run(new EditColumn(column.column(), column.column().limitedTo(limit)));
        }
        return Optional.empty();
    }

    /** Adds an empty column right of {@code column}; a blank name adds nothing. */
    public void addColumnAfter(ColumnModel column, String name) {
        String trimmed = name == null ? "" : name.strip();
        if (!trimmed.isEmpty()) {
            run(new AddColumn(trimmed, columns.indexOf(column) + 1));
        }
    }

    /** Removes an empty column (a column with cards is refused with a message). */
    public void removeColumn(ColumnModel column) {
        run(new RemoveColumn(column.column()));
    }

    /** Moves a column {@code delta} places to the right (negative: left), within the board. */
    public void moveColumn(ColumnModel column, int delta) {
        int from = columns.indexOf(column);
        int to = from + delta;
        if (from >= 0 && to >= 0 && to < columns.size()) {
            run(new MoveColumn(column.column(), to));
        }
    }

    /** Takes a card off the board into the archive (undo brings it back). */
    public void archive(CardItem item) {
        run(new ArchiveCard(item.card()));
    }

    /** The plan's history, newest first, for the history view. */
    public List<HistoryEntry> history() {
        List<HistoryEntry> entries = new ArrayList<>(session.store().history());
        Collections.reverse(entries);
        return entries;
    }

    /** A step not done as the "due steps" view lists it. */
    public record DueStep(CardItem card, Step step, String who, boolean overdue) {
    }

    /**
     * The steps not done on the board's cards, the most urgent first.
     *
     * @param mine only the steps of the office or person named like the user (see the settings)
     */
    public List<DueStep> dueSteps(boolean mine) {
        Map<UUID, String> names = new HashMap<>();
        session.store().actors().forEach(a -> names.put(a.id(), a.name()));
        String me = session.userName();
        List<DueStep> result = new ArrayList<>();
        for (OpenSteps.Entry e : OpenSteps.of(outlines.values())) {
            String who = e.step().who() == null ? "" : names.getOrDefault(e.step().who(), "");
            if (mine && !who.equalsIgnoreCase(me)) {
                continue;
            }
            item(e.card()).ifPresent(card -> result.add(new DueStep(card, e.step(), who, e.overdueOn(today))));
        }
        return result;
    }

    /** The archived cards, for the archive view. */
    public List<Card> archivedCards() {
        return session.store().archivedCards();
    }

    /** Brings archived cards back, each at the end of its column. */
    public void restore(List<Card> cards) {
        cards.forEach(card -> run(new RestoreCard(card)));
    }

    /** The name of the column a card belongs to. */
    public String columnName(Card card) {
        return column(card.column()).map(c -> c.column().name()).orElse("");
    }

    public void undo() {
        following(() -> guarded(() -> session.editor().undo()));
    }

    public void redo() {
        following(() -> guarded(() -> session.editor().redo()));
    }

    /** Runs an undo or redo; the card it changes (the first, if several) becomes {@link #followedCardProperty()}. */
    private void following(Runnable step) {
        follow = true;
        try {
            step.run();
        } finally {
            follow = false;
        }
    }

    /** The card the last undo or redo changed, which the keyboard focus follows; {@code null} before any. */
    public ReadOnlyObjectProperty<UUID> followedCardProperty() {
        return followed;
    }

    /** For a store made by {@code init --empty}: creates the plan with the default columns. */
    public void createPlan() {
        guarded(session::createPlan);
        reload();
    }

    private void run(PlanCommand command) {
        guarded(() -> session.editor().execute(command));
    }

    private void guarded(Runnable change) {
        try {
            change.run();
        } catch (UserFacingException e) {
            reload();
            errors.accept(e.getLocalizedMessage());
        }
    }

    /** Which cards the board shows. */
    public ObjectProperty<CardFilter> filterProperty() {
        return filter;
    }

    public void clearFilter() {
        filter.set(CardFilter.NONE);
    }

    /** An office's short name from the registry (such as „A 61“), or its name when it has none. */
    public String shortOffice(String office) {
        return officeShortNames.getOrDefault(office, office);
    }

    /** The lead offices of the catalogue's tools and the registry's offices, for the filter. */
    public ObservableList<String> leadOffices() {
        return leadOffices;
    }

    /** The Kreis and its Kommunen, for the filter. */
    public ObservableList<Area> areas() {
        return areas;
    }

    public ObservableList<Handlungsfeld> handlungsfelder() {
        return handlungsfelder;
    }

    public ObservableList<ColumnModel> columns() {
        return columns;
    }

    public ReadOnlyBooleanProperty hasPlanProperty() {
        return hasPlan;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText;
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText;
    }
}
