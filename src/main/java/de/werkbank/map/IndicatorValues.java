package de.werkbank.map;

import de.werkbank.area.Area;
import de.werkbank.datencheck.FigureSeries;
import de.werkbank.datencheck.IndicatorSummary;
import de.werkbank.datencheck.ProfileTable;
import de.werkbank.sheet.DataLink;
import de.werkbank.sheet.Indicator;
import de.werkbank.sheet.Measurement;
import de.werkbank.store.Store;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The values a Werkzeugblatt's indicator shows — on the sheet, in the Strategie view, in the review
 * and in the printed documents: those typed in, or, for one linked to the Datencheck, the figure's
 * values of its area year by year, each as of 31 December (the Stichtag of the statistics). The
 * Datencheck is read from the store when a linked indicator is first asked for, once per instance.
 */
public final class IndicatorValues {

    /** Decimals kept of a Datencheck figure (they are estimates, shown with one decimal). */
    private static final int DECIMALS = 4;

    private final Store store;
    private ProfileTable table;
    private List<IndicatorSummary> measured;
    private List<Area> areas;

    public IndicatorValues(Store store) {
        this.store = store;
    }

    /** The indicator's values, oldest first. */
    public List<Measurement> of(Indicator indicator) {
        return indicator.link() == null ? indicator.measurements() : linked(indicator.link());
    }

    private List<Measurement> linked(DataLink link) {
        List<Measurement> values = new ArrayList<>();
        for (Map.Entry<Integer, Double> e : FigureSeries.byYear(table(), link.figure(), link.area()).entrySet()) {
            values.add(new Measurement(LocalDate.of(e.getKey(), 12, 31),
                    BigDecimal.valueOf(e.getValue()).setScale(DECIMALS, RoundingMode.HALF_UP), ""));
        }
        return values;
    }

    /** The figures an indicator can be linked to: the derived ones, then the indicators imported as they are. */
    public List<MapFigure> figures() {
        List<MapFigure> all = new ArrayList<>(MapIndicator.derived());
        measured().forEach(i -> all.add(new MapFigure.Measured(i.key(), i.name())));
        return all;
    }

    /** The figure's name as the Datencheck shows it (its key if the Datencheck does not know it). */
    public String title(String figure) {
        return figures().stream().filter(f -> MapIndicator.name(f).equals(figure)).findFirst()
                .map(MapIndicator::title).orElse(figure);
    }

    /** The areas of the store (the Kreis and its Kommunen). */
    public List<Area> areas() {
        if (areas == null) {
            areas = store.areas().stream().filter(a -> a.level() != Area.Level.ORTSTEIL).toList();
        }
        return areas;
    }

    private ProfileTable table() {
        if (table == null) {
            table = MapData.profile(store);
        }
        return table;
    }

    private List<IndicatorSummary> measured() {
        if (measured == null) {
            measured = MapData.measured(store);
        }
        return measured;
    }
}
