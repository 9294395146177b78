package de.werkbank.review;

import de.werkbank.plan.Card;
import de.werkbank.plan.Plan;
import de.werkbank.plan.PlanColumn;
import de.werkbank.sheet.Indicator;
import de.werkbank.sheet.Measurement;
import de.werkbank.sheet.Progress;
import de.werkbank.sheet.Werkzeugblatt;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * A new review of the plan as it stands on a date: an entry for every card on the board that is more than
 * a mere proposal, i.e. that stands in any column but the plan's first ("Vorschlag"; the workshop picks a
 * proposal by moving it out of the first column). Entries go by Handlungsfeld in catalogue order, then
 * by stage (column) and position on the board.
 */
public final class ReviewStart {

    private ReviewStart() {
    }

    /**
     * @param sheets the sheet of a card (a blank one when nobody filled it in)
     * @param fieldOrder the keys of the Handlungsfelder in catalogue order (unknown keys go last)
     */
    public static Review freeze(UUID id, String title, LocalDate date, Plan plan, Function<UUID, Werkzeugblatt> sheets,
                                List<String> fieldOrder) {
        return freeze(id, title, date, plan, sheets, fieldOrder, Indicator::measurements);
    }

    /**
     * @param values an indicator's values, oldest first: those typed in, or for one linked to the Datencheck
     *               the figure's values (see {@link IndicatorFreeze})
     */
    public static Review freeze(UUID id, String title, LocalDate date, Plan plan, Function<UUID, Werkzeugblatt> sheets,
                                List<String> fieldOrder, Function<Indicator, List<Measurement>> values) {
        Map<UUID, PlanColumn> columns = new HashMap<>();
        plan.columns().forEach(c -> columns.put(c.id(), c));
        UUID proposals = plan.columns().isEmpty() ? null : plan.columns().get(0).id();
        Comparator<Card> order = Comparator
                .comparingInt((Card c) -> rank(fieldOrder, c.handlungsfeld()))
                .thenComparingInt(c -> columns.get(c.column()).position())
                .thenComparingLong(Card::position);
        List<ReviewEntry> entries = new ArrayList<>();
        plan.cards().stream().filter(c -> !c.column().equals(proposals) && columns.containsKey(c.column()))
                .sorted(order).forEach(card -> entries.add(entry(card, columns.get(card.column()), date,
                        sheets.apply(card.id()), values)));
        return new Review(id, title.strip(), date, Review.State.OPEN, entries, 0);
    }

    private static int rank(List<String> fieldOrder, String key) {
        int i = fieldOrder.indexOf(key);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static ReviewEntry entry(Card card, PlanColumn column, LocalDate date, Werkzeugblatt sheet,
                                     Function<Indicator, List<Measurement>> values) {
        Progress progress = Progress.of(sheet.steps(), date);
        List<FrozenIndicator> indicators = sheet.indicators().stream()
                .map(i -> IndicatorFreeze.freeze(i, values.apply(i), date, sheet.start())).toList();
        return new ReviewEntry(card.id(), card.title(), card.handlungsfeld(), column.id(), column.name(),
                progress.done(), progress.total(), indicators, null, "", "", "", null, 0);
    }
}
