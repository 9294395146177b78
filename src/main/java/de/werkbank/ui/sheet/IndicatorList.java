package de.werkbank.ui.sheet;

import de.werkbank.sheet.Indicator;
import de.werkbank.sheet.Werkzeugblatt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.scene.layout.VBox;

/** The sheet's indicators, a row each; a row's change or removal, and a change of its measured values, is an edit of the sheet. */
final class IndicatorList extends VBox {

    private final SheetViewModel model;
    private final Map<UUID, IndicatorRow> rows = new HashMap<>();

    IndicatorList(SheetViewModel model) {
        super(4);
        this.model = model;
    }

    /** Shows the sheet's indicators, keeping the rows of indicators shown before. */
    void show(Werkzeugblatt s) {
        List<IndicatorRow> shown = new ArrayList<>();
        Map<UUID, IndicatorRow> kept = new HashMap<>();
        for (Indicator x : s.indicators()) {
            IndicatorRow row = rows.computeIfAbsent(x.id(), id -> new IndicatorRow(
                    next -> model.edit(d -> d.indicators.replaceAll(i -> i.id().equals(next.id()) ? next : i)),
                    gone -> model.edit(d -> d.indicators.removeIf(i -> i.id().equals(gone.id()))),
                    new MeasurementPane(change -> model.edit(d -> d.indicators.replaceAll(
                            i -> i.id().equals(id) ? change.apply(i) : i)), model.indicatorValues(), model::today)));
            row.show(x, s.start(), s.areas());
            shown.add(row);
            kept.put(x.id(), row);
        }
        rows.keySet().retainAll(kept.keySet());
        if (!getChildren().equals(shown)) {
            getChildren().setAll(shown);
        }
    }
}
