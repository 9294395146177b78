package de.werkbank.ui.board;

import de.werkbank.catalogue.Catalogue;
import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.Kind;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.i18n.Messages;
import de.werkbank.i18n.UserFacingException;
import de.werkbank.plan.CreateCard;
import de.werkbank.plan.MoveCard;
import de.werkbank.plan.Plan;
import de.werkbank.plan.PlanColumn;
import de.werkbank.plan.PlanCommand;
import de.werkbank.plan.PlanEditor;
import de.werkbank.session.Session;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
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
    private final StringProperty undoText = new SimpleStringProperty(Messages.tr("ui.menu.edit.undo"));
    private final StringProperty redoText = new SimpleStringProperty(Messages.tr("ui.menu.edit.redo"));
    private final Runnable onPlanChanged = this::reload;
    private final Clock clock;
    private Consumer<String> errors = message -> { };
    private Session session;

    public BoardViewModel(Clock clock) {
        this.clock = clock;
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

    /** Reads the plan again from the store. */
    public void reload() {
        Optional<Plan> plan = session.store().plan();
        hasPlan.set(plan.isPresent());
        if (plan.isEmpty()) {
            columns.clear();
        } else {
            show(plan.get(), session.store().catalogue());
        }
        PlanEditor editor = session.editor();
        canUndo.set(editor.canUndo());
        canRedo.set(editor.canRedo());
        undoText.set(editor.undoDescription().map(d -> Messages.tr("ui.menu.edit.undoWhat", d))
                .orElse(Messages.tr("ui.menu.edit.undo")));
        redoText.set(editor.redoDescription().map(d -> Messages.tr("ui.menu.edit.redoWhat", d))
                .orElse(Messages.tr("ui.menu.edit.redo")));
    }

    private void show(Plan plan, Catalogue catalogue) {
        List<PlanColumn> planColumns = plan.columns();
        boolean sameColumns = columns.size() == planColumns.size();
        for (int i = 0; sameColumns && i < planColumns.size(); i++) {
            sameColumns = columns.get(i).column().id().equals(planColumns.get(i).id());
        }
        if (sameColumns) {
            for (int i = 0; i < planColumns.size(); i++) {
                columns.get(i).update(planColumns.get(i), items(plan, planColumns.get(i), catalogue));
            }
        } else {
            columns.setAll(planColumns.stream().map(c -> new ColumnModel(c, items(plan, c, catalogue))).toList());
        }
    }

    private static List<CardItem> items(Plan plan, PlanColumn column, Catalogue catalogue) {
        var tools = catalogue.werkzeugeById();
        return plan.cardsIn(column.id()).stream().map(card -> {
            Werkzeug tool = tools.get(card.werkzeug());
            Optional<Handlungsfeld> field = catalogue.handlungsfeld(card.handlungsfeld());
            return new CardItem(card, tool == null ? "" : tool.code(), tool == null ? Kind.GREEN : tool.kind(),
                    field.map(Handlungsfeld::shortName).orElse(card.handlungsfeld()),
                    field.map(Handlungsfeld::colour).orElse("#888888"));
        }).toList();
    }

    /** Takes a catalogue tool into the plan: a new card in {@code column} at {@code index}. */
    public void addTool(Werkzeug tool, ColumnModel column, int index) {
        run(new CreateCard(tool, column.column(), index, clock.instant()));
    }

    /**
     * Moves a card to insertion index {@code dropIndex} of {@code column}, counted as the column shows
     * its cards now (the card itself included when it is in that column).
     */
    public void moveCard(CardItem item, ColumnModel column, int dropIndex) {
        int current = column.indexOf(item);
        int index = DropIndex.amongOthers(dropIndex, current);
        if (current >= 0 && index == current) {
            return;
        }
        run(new MoveCard(item.card(), column.column(), index));
    }

    public void undo() {
        guarded(() -> session.editor().undo());
    }

    public void redo() {
        guarded(() -> session.editor().redo());
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
