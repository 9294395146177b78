package de.werkbank.ui.workshop;

import de.werkbank.catalogue.Catalogue;
import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.i18n.Messages;
import de.werkbank.plan.Card;
import de.werkbank.plan.Plan;
import de.werkbank.plan.PlanChange;
import de.werkbank.plan.PlanColumn;
import de.werkbank.plan.PlanCommand;
import de.werkbank.session.Session;
import de.werkbank.sheet.SheetOutline;
import de.werkbank.workshop.Workshop;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the workshop views show of an open store — the plan, the catalogue, the vote rounds and the
 * matrix — read again whenever the plan changes, and the one lane (Handlungsfeld) in focus. Changes
 * go through the session's plan editor, so they are undoable and in the history.
 */
public final class WorkshopModel {

    /** The lane index that stands for all Handlungsfelder. */
    public static final int ALL_LANES = -1;

    private final Session session;
    private final Clock clock;
    private final Consumer<PlanChange> listener = change -> reload();
    private final ObjectProperty<Plan> plan = new SimpleObjectProperty<>(this, "plan");
    private final ObjectProperty<Workshop> workshop = new SimpleObjectProperty<>(this, "workshop", Workshop.EMPTY);
    private final IntegerProperty lane = new SimpleIntegerProperty(this, "lane", ALL_LANES);
    private final StringProperty laneName = new SimpleStringProperty(this, "laneName");
    private Catalogue catalogue;
    private Map<UUID, SheetOutline> outlines = Map.of();
    private Consumer<String> errors = message -> { };

    public WorkshopModel(Session session, Clock clock) {
        this.session = session;
        this.clock = clock;
        reload();
        session.editor().addListener(listener);
        lane.addListener((o, was, now) -> laneName.set(laneTitle()));
        laneName.set(laneTitle());
    }

    /** Stops following the plan's changes. */
    public void close() {
        session.editor().removeListener(listener);
    }

    public void setErrorHandler(Consumer<String> handler) {
        errors = handler;
    }

    public Session session() {
        return session;
    }

    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Reads plan, catalogue, rounds and matrix again. */
    public void reload() {
        catalogue = session.store().catalogue();
        outlines = session.store().sheetOutlines();
        plan.set(session.store().plan().orElse(null));
        workshop.set(session.store().workshop());
    }

    /** Runs a command; a refused one is reported to the error handler and changes nothing. */
    public boolean execute(PlanCommand command) {
        try {
            session.editor().execute(command);
            return true;
        } catch (RuntimeException e) {
            errors.accept(e.getLocalizedMessage());
            reload();
            return false;
        }
    }

    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan;
    }

    public ReadOnlyObjectProperty<Workshop> workshopProperty() {
        return workshop;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public List<Handlungsfeld> fields() {
        return catalogue.handlungsfelder();
    }

    public Optional<Handlungsfeld> field(String key) {
        return key == null ? Optional.empty() : catalogue.handlungsfeld(key);
    }

    public SheetOutline outline(UUID card) {
        return outlines.getOrDefault(card, SheetOutline.none(card));
    }

    /** The focused lane: an index into {@link #fields()}, or {@link #ALL_LANES}. */
    public IntegerProperty laneProperty() {
        return lane;
    }

    /** The focused lane's name, or "Alle Handlungsfelder". */
    public StringProperty laneNameProperty() {
        return laneName;
    }

    /** The key of the focused lane's Handlungsfeld, or {@code null} for all. */
    public String laneKey() {
        int i = lane.get();
        return i < 0 || i >= fields().size() ? null : fields().get(i).key();
    }

    private String laneTitle() {
        String key = laneKey();
        return key == null ? Messages.tr("ui.workshop.allLanes") : field(key).map(Handlungsfeld::shortName).orElse(key);
    }

    /** Steps the focused lane: all → first → … → last → all. */
    public void stepLane(int by) {
        int count = fields().size() + 1;
        int position = (lane.get() + 1 + by) % count;
        lane.set((position < 0 ? position + count : position) - 1);
    }

    /** The plan's cards in a column that lie in the focused lane, top to bottom. */
    public List<Card> cardsIn(PlanColumn column) {
        Plan p = plan.get();
        if (p == null) {
            return List.of();
        }
        String key = laneKey();
        return p.cardsIn(column.id()).stream().filter(c -> key == null || key.equals(c.handlungsfeld())).toList();
    }

    /** The plan's cards in the focused lane, column by column. */
    public List<Card> cardsInLane() {
        Plan p = plan.get();
        if (p == null) {
            return List.of();
        }
        return p.columns().stream().flatMap(c -> cardsIn(c).stream()).toList();
    }

    public Optional<Card> card(UUID id) {
        Plan p = plan.get();
        return p == null ? Optional.empty() : p.cards().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public String userName() {
        return session.userName();
    }
}
