package de.werkbank.ui.datencheck;

import de.werkbank.area.Area;
import de.werkbank.datencheck.AgeLimits;
import de.werkbank.datencheck.Observation;
import de.werkbank.datencheck.ProfileTable;
import de.werkbank.datencheck.TableCsv;
import de.werkbank.i18n.Messages;
import java.util.ArrayList;
import java.util.Map;
import de.werkbank.session.Session;
import de.werkbank.ui.map.MapViewModel;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Datencheck table: the standard indicators of every area for the chosen year, against a base year. */
public final class DatencheckViewModel {

    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> baseYear = new SimpleObjectProperty<>();
    private final ObservableList<ProfileTable.Row> rows = FXCollections.observableArrayList();
    private final StringProperty sources = new SimpleStringProperty("");
    private final ObjectProperty<Area> area = new SimpleObjectProperty<>();
    private final ObjectProperty<AgeLimits> limits = new SimpleObjectProperty<>(AgeLimits.STANDARD);
    private final ObservableList<YearRow> profile = FXCollections.observableArrayList();
    private final MapViewModel map = new MapViewModel(area, rows, year);
    private ProfileTable table;

    /** One year of an area's profile. */
    public record YearRow(int year, ProfileTable.Row row) {
    }

    public DatencheckViewModel() {
        year.addListener(o -> refresh());
        baseYear.addListener(o -> refresh());
        area.addListener(o -> refreshProfile());
        limits.addListener(o -> refresh());
    }

    /** Reads the session's Datencheck data; shows the latest year against the first. */
    public void load(Session session) {
        List<Observation> moves = Stream.of("geburten", "sterbefaelle", "zuzuege", "fortzuege")
                .flatMap(k -> session.store().values(k).stream()).toList();
        table = new ProfileTable(session.store().areas(), session.store().values("bevoelkerung"), moves);
        sources.set(String.join(", ", session.store().dataSources()));
        map.load(session.store());
        years.setAll(table.years());
        baseYear.set(years.isEmpty() ? null : years.get(0));
        year.set(years.isEmpty() ? null : years.get(years.size() - 1));
        refresh();
    }

    private void refresh() {
        if (table == null || year.get() == null) {
            rows.clear();
            return;
        }
        int base = baseYear.get() == null ? year.get() : baseYear.get();
        rows.setAll(table.rows(year.get(), base, limits.get()));
        refreshProfile();
    }

    /** The chosen area's figures in every year, against the base year. */
    private void refreshProfile() {
        if (table == null || area.get() == null) {
            profile.clear();
            return;
        }
        int base = baseYear.get() == null ? table.years().get(0) : baseYear.get();
        List<YearRow> years = new ArrayList<>();
        for (int y : table.years()) {
            table.rows(y, base, limits.get()).stream().filter(r -> r.area().key().equals(area.get().key()))
                    .findFirst().ifPresent(r -> years.add(new YearRow(y, r)));
        }
        profile.setAll(years);
    }

    /**
     * The age limits of the quotients and shares (sources differ: working age from 18 or 20, old age
     * from 65 or 67). Limits that cut through the data's age groups leave those figures empty.
     */
    public ObjectProperty<AgeLimits> limitsProperty() {
        return limits;
    }

    /** Sets the first age of working age and of old age, keeping the rest of the limits. */
    public void setLimits(int young, int old) {
        AgeLimits now = limits.get();
        if (young < old && old < now.veryOld()) {
            limits.set(new AgeLimits(young, old, now.veryOld(), now.openGroupMean()));
        }
    }

    /** The map beside the table, sharing its year, rows and selected area. */
    public MapViewModel map() {
        return map;
    }

    /** The area whose profile (all figures over the years) is shown, or {@code null}. */
    public ObjectProperty<Area> areaProperty() {
        return area;
    }

    public ObservableList<YearRow> profile() {
        return profile;
    }

    /** The table as German Excel reads it, rows in the order shown (see {@link TableCsv}). */
    public String csv() {
        List<String> headers = new ArrayList<>();
        headers.add(Messages.tr("ui.datencheck.area"));
        for (ProfileTable.Column c : ProfileTable.Column.values()) {
            headers.add(heading(c, limits.get(), false));
        }
        return TableCsv.write(headers, rows, List.of(ProfileTable.Column.values()),
                Map.of(ProfileTable.Column.POPULATION, 0));
    }

    /**
     * A column's heading, naming the age limits where they matter.
     *
     * @param twoLines as the table shows it (broken where the text says), else on one line
     */
    static String heading(ProfileTable.Column column, AgeLimits limits, boolean twoLines) {
        String text = switch (column) {
            case SHARE_UNDER_20 -> Messages.tr("ui.datencheck.column.SHARE_UNDER_20", limits.young());
            case SHARE_65 -> Messages.tr("ui.datencheck.column.SHARE_65", limits.old());
            case SHARE_80 -> Messages.tr("ui.datencheck.column.SHARE_80", limits.veryOld());
            default -> Messages.tr("ui.datencheck.column." + column.name());
        };
        return twoLines ? text : text.replace("-\n", "").replace("\n", " ");
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<Integer> baseYearProperty() {
        return baseYear;
    }

    public ObservableList<ProfileTable.Row> rows() {
        return rows;
    }

    /** The files the values come from, for the source line under the table. */
    public StringProperty sourcesProperty() {
        return sources;
    }
}
