package de.werkbank.ui.board;

import de.werkbank.catalogue.Catalogue;
import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.Kind;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.i18n.UserFacingException;
import de.werkbank.plan.ArchiveCard;
import de.werkbank.plan.Card;
import de.werkbank.plan.HistoryEntry;
import de.werkbank.plan.RestoreCard;
import de.werkbank.plan.SetSwimlanes;
import de.werkbank.plan.CreateCard;
import de.werkbank.plan.Plan;
import de.werkbank.plan.PlanChange;
import de.werkbank.plan.PlanColumn;
import de.werkbank.plan.PlanCommand;
import de.werkbank.plan.PlanEditor;
import de.werkbank.session.Session;
import de.werkbank.sheet.Progress;
import de.werkbank.sheet.SheetOutline;
import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Werkstattplan as the board shows it. Every change goes through the session's
 * {@link PlanEditor}; after each one the board is read again from the store.
 */
public final class BoardViewModel {

    private final ObservableList<ColumnModel> columns = FXCollections.observableArrayList();
    private final BooleanProperty hasPlan = new SimpleBooleanProperty();
    private final UndoState undoState = new UndoState();
    private final FilterChoices choices = new FilterChoices();
    private final ColumnEdits columnEdits = new ColumnEdits(columns, this::run);
    private final CardMoves moves = new CardMoves(columns, key -> this.catalogue.handlungsfeld(key).orElseThrow(),
            question -> this.confirmation.test(question), this::run, this::addTool);
    private boolean follow;
    private final Consumer<PlanChange> onPlanChanged = this::apply;
    private final ObjectProperty<CardFilter> filter = new SimpleObjectProperty<>(CardFilter.NONE);
    private final ObservableList<Handlungsfeld> handlungsfelder = FXCollections.observableArrayList();
    private final BooleanProperty swimlanes = new SimpleBooleanProperty();
    private final Clock clock;
    private Consumer<String> errors = message -> { };
    private Predicate<String> confirmation = question -> false;
    private Session session;
    private Catalogue catalogue;
    private Map<UUID, Werkzeug> tools = Map.of();
    private Map<UUID, SheetOutline> outlines = new HashMap<>();
    private final ObjectProperty<UUID> openedCard = new SimpleObjectProperty<>();
    private LocalDate today;
    private UUID lastOpened;

    public BoardViewModel(Clock clock) {
        this.clock = clock;
        filter.addListener((obs, old, now) -> columns.forEach(c -> c.setFilter(now)));
        swimlanes.addListener(o -> columns.forEach(c -> c.setLanes(lanes())));
        LaneAlignment.follow(columns);
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
        choices.read(session.store().actors(), catalogue, session.store().areas());
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
            undoState.follow(change.cards().iterator().next());
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
        undoState.update(session.editor());
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

    /** Drops and keyboard steps of cards (see {@link CardMoves}). */
    public void dropTool(Werkzeug tool, ColumnModel column, int row) {
        moves.dropTool(tool, column, row);
    }

    public void moveCard(CardItem item, ColumnModel column, int row) {
        moves.moveCard(item, column, row);
    }

    public Optional<Place> step(CardItem item, Direction step) {
        return moves.step(item, step);
    }

    public void takeIntoPlan(Werkzeug tool) {
        moves.takeIntoPlan(tool);
    }

    public Optional<Place> placeOf(UUID cardId) {
        return moves.placeOf(cardId);
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

    /** What the column menu does to the columns. */
    public ColumnEdits columnEdits() {
        return columnEdits;
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

    /**
     * The steps not done on the board's cards, the most urgent first.
     *
     * @param mine only the steps of the office or person named like the user (see the settings)
     */
    public List<DueStep> dueSteps(boolean mine) {
        return DueStep.of(outlines.values(), session.store().actors(), mine ? session.userName() : null, this::item, today);
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

    /** Runs an undo or redo; the card it changes (the first, if several) is the one the focus follows. */
    private void following(Runnable step) {
        follow = true;
        try {
            step.run();
        } finally {
            follow = false;
        }
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

    /** What the filter offers, and the offices' short names. */
    public FilterChoices filterChoices() {
        return choices;
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

    /** Undo and redo as the Edit menu shows them, and the card the focus follows after them. */
    public UndoState undoState() {
        return undoState;
    }
}
