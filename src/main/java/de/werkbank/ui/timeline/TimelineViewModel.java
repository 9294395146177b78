package de.werkbank.ui.timeline;

import de.werkbank.catalogue.Catalogue;
import de.werkbank.i18n.Messages;
import de.werkbank.i18n.UserFacingException;
import de.werkbank.plan.Card;
import de.werkbank.plan.EditSheet;
import de.werkbank.plan.Plan;
import de.werkbank.plan.PlanChange;
import de.werkbank.plan.PlanColumn;
import de.werkbank.session.Session;
import de.werkbank.sheet.SheetCheck;
import de.werkbank.sheet.SheetProblem;
import de.werkbank.sheet.Step;
import de.werkbank.sheet.Werkzeugblatt;
import de.werkbank.sheet.IndicatorProgress;
import de.werkbank.timeline.IndicatorMark;
import de.werkbank.timeline.Timeline;
import de.werkbank.timeline.TimelineLayout;
import de.werkbank.timeline.TimelineMeasure;
import de.werkbank.timeline.Zoom;
import de.werkbank.ui.board.BoardViewModel;
import de.werkbank.ui.board.CardFilter;
import de.werkbank.map.IndicatorValues;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Strategie view's state: the plan's measures with their sheets' dates, laid out as a
 * {@link Timeline} for the zoom and the board's filter (the same filter object the board uses). Every
 * change of dates is one {@link EditSheet} through the session's editor (undo, history), checked by
 * the sheet's rules: an end before the start is refused with the reason; steps falling outside start
 * and end are named in the message line.
 */
public final class TimelineViewModel {

    private final BoardViewModel board;
    private final Clock clock;
    private final ObjectProperty<Zoom> zoom = new SimpleObjectProperty<>(Zoom.YEARS);
    private final ObjectProperty<Timeline> timeline = new SimpleObjectProperty<>();
    private final ObjectProperty<UUID> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final Consumer<PlanChange> onChange = this::changed;
    private final Map<UUID, TimelineMeasure> measures = new HashMap<>();
    private final List<UUID> order = new ArrayList<>();
    private Session session;
    private TimelineLayout layout;
    private IndicatorValues values;
    private int total;

    public TimelineViewModel(BoardViewModel board, Clock clock) {
        this.board = board;
        this.clock = clock;
        zoom.addListener(o -> relayout());
        board.filterProperty().addListener(o -> relayout());
    }

    /** Follows this session's plan (and stops following the previous one's). */
    public void attach(Session newSession) {
        if (session != null) {
            session.editor().removeListener(onChange);
        }
        session = newSession;
        session.editor().addListener(onChange);
        reload();
    }

    /** Stops following the plan. */
    public void detach() {
        if (session != null) {
            session.editor().removeListener(onChange);
            session = null;
        }
    }

    /** Reads plan, sheets and catalogue again. */
    public void reload() {
        measures.clear();
        order.clear();
        if (session == null) {
            return;
        }
        Catalogue catalogue = session.store().catalogue();
        Optional<Plan> plan = session.store().plan();
        List<PlanColumn> columns = plan.map(Plan::columns).orElse(List.of());
        layout = new TimelineLayout(catalogue.handlungsfelder(), catalogue.zukunftsbilder(), columns.size());
        Map<UUID, Integer> columnIndex = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            columnIndex.put(columns.get(i).id(), i);
        }
        Map<UUID, Werkzeugblatt> sheets = session.store().sheets();
        values = new IndicatorValues(session.store());
        for (Card card : plan.map(Plan::cards).orElse(List.of())) {
            int column = columnIndex.getOrDefault(card.column(), 0);
            Werkzeugblatt sheet = sheets.getOrDefault(card.id(), Werkzeugblatt.blank(card.id()));
            measures.put(card.id(), measure(card.id(), card.title(), card.handlungsfeld(), column,
                    columns.get(column).name(), sheet));
            order.add(card.id());
        }
        relayout();
    }

    private TimelineMeasure measure(UUID card, String title, String field, int column, String columnName,
                                    Werkzeugblatt sheet) {
        List<IndicatorMark> indicators = sheet.indicators().stream().map(i -> new IndicatorMark(i.name(), i.unit(),
                IndicatorProgress.of(i, values.of(i), sheet.start()))).toList();
        return new TimelineMeasure(card, title, field, column, columnName, sheet.start(), sheet.end(), sheet.steps(),
                sheet.dependsOn(), indicators);
    }

    /** A sheet change reads that sheet only; anything else reads the plan again. */
    private void changed(PlanChange change) {
        if (change.cards().isEmpty() && !change.columnsChanged() && !change.catalogueChanged()
                && change.renumberedColumns().isEmpty() && !change.sheets().isEmpty()
                && measures.keySet().containsAll(change.sheets())) {
            for (UUID card : change.sheets()) {
                TimelineMeasure m = measures.get(card);
                Werkzeugblatt sheet = session.store().sheet(card);
                measures.put(card, measure(card, m.title(), m.handlungsfeld(), m.column(), m.columnName(), sheet));
            }
            relayout();
        } else if (change.swimlanesChanged() && change.cards().isEmpty() && !change.columnsChanged()) {
            return;
        } else {
            reload();
        }
    }

    private void relayout() {
        if (layout == null) {
            return;
        }
        CardFilter filter = board.filterProperty().get();
        List<TimelineMeasure> all = order.stream().map(measures::get).toList();
        total = all.size();
        timeline.set(layout.layout(all, id -> !filter.active() || board.item(id).map(filter::test).orElse(true),
                zoom.get(), LocalDate.now(clock)));
    }

    /** Moves a measure's start and end by {@code days} (a drag of the whole bar). */
    public Optional<String> moveByDays(UUID card, long days) {
        TimelineMeasure m = measures.get(card);
        if (m == null || days == 0 || !m.dated()) {
            return Optional.empty();
        }
        return setDates(card, m.start().plusDays(days), m.end().plusDays(days));
    }

    /** Moves a measure's start and end by the zoom's unit, forward ({@code +1}) or back ({@code -1}). */
    public Optional<String> moveByUnit(UUID card, int direction) {
        TimelineMeasure m = measures.get(card);
        if (m == null || !m.dated()) {
            return Optional.empty();
        }
        Period unit = zoom.get().unit().multipliedBy(direction);
        return setDates(card, m.start().plus(unit), m.end().plus(unit));
    }

    /** Moves a measure's end by the zoom's unit, keeping its start. */
    public Optional<String> changeEndByUnit(UUID card, int direction) {
        TimelineMeasure m = measures.get(card);
        if (m == null || m.end() == null) {
            return Optional.empty();
        }
        return setDates(card, m.start(), m.end().plus(zoom.get().unit().multipliedBy(direction)));
    }

    /**
     * Gives a measure without dates a place on the chart: from the first of the month the drop falls
     * in, for one unit of the zoom (an end it has and that lies after that start is kept).
     */
    public Optional<String> place(UUID card, LocalDate at) {
        TimelineMeasure m = measures.get(card);
        if (m == null) {
            return Optional.empty();
        }
        LocalDate start = at.withDayOfMonth(1);
        LocalDate end = m.end() != null && !m.end().isBefore(start) ? m.end()
                : start.plus(zoom.get().unit()).minusDays(1);
        return setDates(card, start, end);
    }

    /**
     * Stores new dates as one step. Refused with the sheet's reason if the end lies before the start
     * (nothing changes then).
     *
     * @return the message shown, if any: the refusal, or the steps falling outside
     */
    public Optional<String> setDates(UUID card, LocalDate start, LocalDate end) {
        TimelineMeasure m = measures.get(card);
        if (m == null || session == null) {
            return Optional.empty();
        }
        Werkzeugblatt before = session.store().sheet(card);
        Werkzeugblatt after = before.with(d -> {
            d.start = start;
            d.end = end;
        });
        if (after.equals(before)) {
            return Optional.empty();
        }
        Optional<SheetProblem> refused = SheetCheck.blocking(after);
        if (refused.isPresent()) {
            return say(Messages.tr(refused.get().messageKey(), refused.get().argument()));
        }
        try {
            session.editor().execute(new EditSheet(before, after, m.title()));
        } catch (UserFacingException e) {
            reload();
            return say(e.getLocalizedMessage());
        }
        long outside = after.steps().stream().map(Step::due)
                .filter(due -> due != null && (due.isBefore(start) || due.isAfter(end))).count();
        return outside == 0 ? say("") : say(Messages.tr("ui.timeline.stepsOutside", outside));
    }

    private Optional<String> say(String text) {
        message.set(text);
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** Opens the measure's Werkzeugblatt beside the chart, as Enter on a card does. */
    public void open(UUID card) {
        board.item(card).ifPresent(board::openSheet);
    }

    public void zoomIn() {
        zoom.set(zoom.get().in());
    }

    public void zoomOut() {
        zoom.set(zoom.get().out());
    }

    public ObjectProperty<Zoom> zoomProperty() {
        return zoom;
    }

    public ReadOnlyObjectProperty<Timeline> timelineProperty() {
        return timeline;
    }

    /** The selected measure's card, or {@code null}. */
    public ObjectProperty<UUID> selectedProperty() {
        return selected;
    }

    /** The last refusal or note about a change ("" when there is none). */
    public StringProperty messageProperty() {
        return message;
    }

    /** The number of the plan's measures, shown or not. */
    public int total() {
        return total;
    }

    public boolean filtered() {
        return board.filterProperty().get().active();
    }

    /** The board's filter, which the chart follows. */
    ObjectProperty<CardFilter> boardFilter() {
        return board.filterProperty();
    }

    /** The session whose plan it shows, or {@code null}. */
    Session session() {
        return session;
    }

    public Optional<TimelineMeasure> measure(UUID card) {
        return Optional.ofNullable(measures.get(card));
    }
}
