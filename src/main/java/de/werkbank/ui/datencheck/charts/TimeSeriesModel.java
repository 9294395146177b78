package de.werkbank.ui.datencheck.charts;

import de.werkbank.area.Area;
import de.werkbank.datencheck.IndicatorSummary;
import de.werkbank.datencheck.ProfileTable;
import de.werkbank.datencheck.TimeSeries;
import de.werkbank.i18n.Messages;
import de.werkbank.ui.datencheck.DatencheckViewModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * A time series chart's data: one indicator over the years for the Kreis, the area chosen in the
 * Datencheck and further areas, optionally as an index (base year = 100).
 */
public final class TimeSeriesModel {

    /** An indicator the chart can show: a figure of the Datencheck table, or a stored indicator's total. */
    public record Choice(String label, ProfileTable.Column column, String storedKey) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final DatencheckViewModel datencheck;
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>();
    private final ObservableList<Area> areas = FXCollections.observableArrayList();
    private final ObservableList<Area> further = FXCollections.observableArrayList();
    private final BooleanProperty index = new SimpleBooleanProperty(false);
    private final ObservableList<TimeSeries> series = FXCollections.observableArrayList();

    public TimeSeriesModel(DatencheckViewModel datencheck) {
        this.datencheck = datencheck;
        datencheck.indicators().addListener((ListChangeListener<IndicatorSummary>) c -> refreshChoices());
        // the tree is new after every load (an import): the lines are drawn again from the new data
        datencheck.treeProperty().addListener(o -> {
            areas.setAll(datencheck.treeProperty().get().topDown());
            refresh();
        });
        datencheck.areaProperty().addListener(o -> refresh());
        datencheck.baseYearProperty().addListener(o -> refresh());
        datencheck.limitsProperty().addListener(o -> {
            refreshChoices();
            refresh();
        });
        datencheck.yearProperty().addListener(o -> refresh());
        choice.addListener(o -> refresh());
        index.addListener(o -> refresh());
        further.addListener((ListChangeListener<Area>) c -> refresh());
        areas.setAll(datencheck.treeProperty().get().topDown());
        refreshChoices();
    }

    private void refreshChoices() {
        List<Choice> all = new ArrayList<>();
        for (ProfileTable.Column c : ProfileTable.Column.values()) {
            all.add(new Choice(DatencheckViewModel.heading(c, datencheck.limitsProperty().get(), false), c, null));
        }
        for (IndicatorSummary i : datencheck.indicators()) {
            all.add(new Choice(Messages.tr("ui.chart.series.stored", i.name(), i.unit()), null, i.key()));
        }
        Choice was = choice.get();
        choices.setAll(all);
        // the share of the old first: a figure that compares areas of any size with the Kreis
        choice.set(was != null && all.contains(was) ? was : all.get(ProfileTable.Column.SHARE_65.ordinal()));
    }

    /** The lines: the Kreis (the chosen area's top) first, then the chosen area, then the further areas. */
    private void refresh() {
        Area chosen = datencheck.areaProperty().get();
        Choice c = choice.get();
        if (chosen == null || c == null || datencheck.table() == null) {
            series.clear();
            return;
        }
        Set<Area> shown = new LinkedHashSet<>();
        datencheck.treeProperty().get().top(chosen.key()).ifPresent(shown::add);
        shown.add(chosen);
        shown.addAll(further);
        Integer base = datencheck.baseYearProperty().get();
        List<TimeSeries> lines = new ArrayList<>();
        for (Area a : shown) {
            TimeSeries s = c.column() != null
                    ? TimeSeries.figure(datencheck.table(), c.column(), a, base == null ? 0 : base,
                    datencheck.limitsProperty().get())
                    : TimeSeries.stored(datencheck.treeProperty().get().topDown(), datencheck.values(c.storedKey()), a.key());
            lines.add(index.get() && base != null ? s.indexed(base) : s);
        }
        series.setAll(lines);
    }

    /** The indicators to choose from: the Datencheck's figures, then the stored indicators. */
    public ObservableList<Choice> choices() {
        return choices;
    }

    public ObjectProperty<Choice> choiceProperty() {
        return choice;
    }

    /** All areas, top down, to choose further areas from. */
    public ObservableList<Area> areas() {
        return areas;
    }

    /** Areas shown besides the Kreis and the chosen area. */
    public ObservableList<Area> further() {
        return further;
    }

    /** Whether the lines show an index (the base year's value = 100) instead of the values. */
    public BooleanProperty indexProperty() {
        return index;
    }

    /** The lines to draw, the Kreis first. */
    public ObservableList<TimeSeries> series() {
        return series;
    }
}
