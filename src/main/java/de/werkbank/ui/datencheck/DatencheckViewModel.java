package de.werkbank.ui.datencheck;

import de.werkbank.area.Area;
import de.werkbank.area.AreaTree;
import de.werkbank.datencheck.AgeLimits;
import de.werkbank.datencheck.ColumnMapping;
import de.werkbank.datencheck.DataImport;
import de.werkbank.datencheck.ImportPreview;
import de.werkbank.datencheck.DataSource;
import de.werkbank.datencheck.IndicatorSummary;
import de.werkbank.datencheck.Observation;
import de.werkbank.datencheck.PopulationPyramid;
import de.werkbank.datencheck.ProfileTable;
import de.werkbank.datencheck.TableCsv;
import de.werkbank.i18n.Messages;
import de.werkbank.session.Session;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import de.werkbank.map.MapLevel;
import de.werkbank.ui.map.MapViewModel;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The Datencheck: the standard indicators of every area for the chosen year against a base year, the
 * areas as a tree, the chosen area's profile over the years and its population pyramid.
 */
public final class DatencheckViewModel {


    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> baseYear = new SimpleObjectProperty<>();
    private final ObservableList<ProfileTable.Row> allRows = FXCollections.observableArrayList();
    private final FilteredList<ProfileTable.Row> filteredRows = new FilteredList<>(allRows);
    private final SortedList<ProfileTable.Row> rows = new SortedList<>(filteredRows);
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty childrenOnly = new SimpleBooleanProperty(false);
    private final StringProperty sources = new SimpleStringProperty("");
    private final ObjectProperty<Area> area = new SimpleObjectProperty<>();
    private final ObjectProperty<AgeLimits> limits = new SimpleObjectProperty<>(AgeLimits.STANDARD);
    private final ObservableList<YearRow> profile = FXCollections.observableArrayList();
    private final ObjectProperty<AreaTree> tree = new SimpleObjectProperty<>(new AreaTree(List.of()));
    private final ObservableList<PopulationPyramid.Bar> pyramid = FXCollections.observableArrayList();
    private final ObservableList<PopulationPyramid.Bar> pyramidOutline = FXCollections.observableArrayList();
    private final BooleanProperty outlineBaseYear = new SimpleBooleanProperty(true);
    private final ObservableList<DataSource> dataSets = FXCollections.observableArrayList();
    private final ObservableList<IndicatorSummary> indicators = FXCollections.observableArrayList();
    private final ObservableList<IndicatorSummary> measured = FXCollections.observableArrayList();
    private final Map<String, List<Observation>> values = new HashMap<>();
    private Session session;
    private final MapViewModel map = new MapViewModel(area, rows, year, measured);
    private ProfileTable table;
    private PopulationPyramid pyramidData;
    /** The filter text and scope the rows are filtered by now. */
    private List<Object> shownBy = List.of();

    /** One year of an area's profile. */
    public record YearRow(int year, ProfileTable.Row row) {
    }

    public DatencheckViewModel() {
        year.addListener(o -> refresh());
        baseYear.addListener(o -> refresh());
        area.addListener(o -> {
            refreshProfile();
            refreshFilter();
        });
        limits.addListener(o -> refresh());
        filter.addListener(o -> refreshFilter());
        childrenOnly.addListener(o -> refreshFilter());
        outlineBaseYear.addListener(o -> refreshPyramid());
        map.levelProperty().addListener(o -> refreshFilter());
    }

    /** Reads the session's Datencheck data; shows the latest year against the first, the Kreis chosen. */
    public void load(Session newSession) {
        session = newSession;
        values.clear();
        List<Area> areas = session.store().areas();
        List<Observation> moves = ProfileTable.MOVEMENTS.stream().flatMap(k -> values(k).stream()).toList();
        List<IndicatorSummary> stored = session.store().indicators();
        List<IndicatorSummary> others = stored.stream().filter(i -> !ProfileTable.isBuildingBlock(i.key())).toList();
        table = new ProfileTable(areas, values(ProfileTable.POPULATION), moves,
                others.stream().flatMap(i -> values(i.key()).stream()).toList());
        pyramidData = new PopulationPyramid(areas, values(ProfileTable.POPULATION));
        tree.set(new AreaTree(areas));
        dataSets.setAll(session.store().dataSourceDetails());
        indicators.setAll(stored);
        measured.setAll(others);
        sources.set(String.join(", ", dataSets.stream().map(DataSource::name).toList()));
        map.load(session.store());
        Integer wasYear = year.get();
        Integer wasBase = baseYear.get();
        years.setAll(table.years());
        List<Integer> withPopulation = table.populationYears();
        baseYear.set(years.isEmpty() ? null : years.contains(wasBase) ? wasBase
                : withPopulation.isEmpty() ? years.get(0) : withPopulation.get(0));
        year.set(years.isEmpty() ? null : years.contains(wasYear) ? wasYear : years.get(years.size() - 1));
        Area chosen = area.get() == null ? null : tree.get().area(area.get().key()).orElse(null);
        area.set(chosen != null ? chosen : tree.get().roots().stream().findFirst().orElse(null));
        refresh();
    }

    /**
     * Reads and checks a file, and stores its values (all or nothing); off the FX thread. Rows of areas
     * the store does not hold are left out: the window has shown them in the preview and the user agreed.
     */
    public int importFile(Path file, ColumnMapping mapping) {
        return DataImport.importData(session.store(), file, mapping, true, Instant.now());
    }

    /** What importing a file would do (values, areas left out, replacements, disagreeing totals), storing nothing. */
    public ImportPreview check(Path file, ColumnMapping mapping) {
        return DataImport.preview(session.store(), file, mapping);
    }

    /** Reads the store again after an import. */
    public void reload() {
        load(session);
    }

    /** The stored values of an indicator (read once per load). */
    public List<Observation> values(String indicatorKey) {
        return values.computeIfAbsent(indicatorKey, k -> session.store().values(k));
    }

    private void refresh() {
        if (table == null || year.get() == null) {
            allRows.clear();
            profile.clear();
            refreshPyramid();
            return;
        }
        int base = baseYear.get() == null ? year.get() : baseYear.get();
        allRows.setAll(table.rows(year.get(), base, limits.get()));
        refreshProfile();
    }

    /** The chosen area's figures in every year, against the base year, and its pyramid. */
    private void refreshProfile() {
        refreshPyramid();
        if (table == null || area.get() == null || table.years().isEmpty()) {
            profile.clear();
            return;
        }
        int base = baseYear.get() != null ? baseYear.get()
                : table.populationYears().isEmpty() ? table.years().get(0) : table.populationYears().get(0);
        List<YearRow> years = new ArrayList<>();
        for (int y : table.years()) {
            table.rows(y, base, limits.get()).stream().filter(r -> r.area().key().equals(area.get().key()))
                    .findFirst().ifPresent(r -> years.add(new YearRow(y, r)));
        }
        profile.setAll(years);
    }

    private void refreshPyramid() {
        if (pyramidData == null || area.get() == null || year.get() == null) {
            pyramid.clear();
            pyramidOutline.clear();
            return;
        }
        pyramid.setAll(pyramidData.bars(area.get().key(), year.get()));
        boolean outline = outlineBaseYear.get() && baseYear.get() != null && !baseYear.get().equals(year.get());
        pyramidOutline.setAll(outline ? pyramidData.bars(area.get().key(), baseYear.get()) : List.of());
    }

    /**
     * Rows whose area name contains the filter text; with {@link #childrenOnlyProperty()} only the
     * chosen area's level: the chosen area and its children (or, for an area without children, its
     * parent and its siblings).
     */
    private void refreshFilter() {
        String text = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.GERMAN);
        Area scope = scope();
        MapLevel level = map.levelProperty().get();
        boolean levels = !map.levels().isEmpty();
        List<Object> now = Arrays.asList(text, scope, level, levels);
        if (now.equals(shownBy)) {
            return;
        }
        shownBy = now;
        filteredRows.setPredicate(row -> row.area().name().toLowerCase(Locale.GERMAN).contains(text)
                && (scope == null || row.area().key().equals(scope.key()) || scope.key().equals(row.area().parentKey()))
                // "Nur Untergebiete" asks for the chosen area's children, whatever the level
                && (!levels || scope != null || shownAt(row.area(), level)));
    }

    /** Whether the table shows an area at the map's level: the Kreis always, with the level's areas (and their Kommune). */
    private static boolean shownAt(Area area, MapLevel level) {
        return area.level() == Area.Level.KREIS || level.holds(area) || area.key().equals(level.parentKey());
    }

    /** The area whose children the table is limited to, or {@code null} for all. */
    private Area scope() {
        Area chosen = area.get();
        if (!childrenOnly.get() || chosen == null) {
            return null;
        }
        return tree.get().children(chosen.key()).isEmpty() ? tree.get().parent(chosen.key()).orElse(chosen) : chosen;
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

    /** The chosen area: its row, its profile over the years, its pyramid; {@code null} for none. */
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
        measured.forEach(i -> headers.add(measuredHeading(i)));
        return TableCsv.write(headers, rows, List.of(ProfileTable.Column.values()),
                Map.of(ProfileTable.Column.POPULATION, 0), measured.stream().map(IndicatorSummary::key).toList());
    }

    /** The heading of a measured indicator's column: its name, and its unit when it has one. */
    public static String measuredHeading(IndicatorSummary indicator) {
        return indicator.unit() == null || indicator.unit().isBlank() ? indicator.name()
                : indicator.name() + " (" + indicator.unit() + ")";
    }

    /**
     * A column's heading, naming the age limits where they matter.
     *
     * @param twoLines as the table shows it (broken where the text says), else on one line
     */
    public static String heading(ProfileTable.Column column, AgeLimits limits, boolean twoLines) {
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

    /** The rows shown: filtered, in the order the table sorts them (its comparator is bound here). */
    public SortedList<ProfileTable.Row> rows() {
        return rows;
    }

    /** Text the shown areas' names must contain. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** Whether the table shows only the chosen area and its children (e.g. a Kommune's Ortsteile). */
    public BooleanProperty childrenOnlyProperty() {
        return childrenOnly;
    }

    /** The areas as a tree (Kreis → Kommunen → Ortsteile). */
    public ObjectProperty<AreaTree> treeProperty() {
        return tree;
    }

    /** The chosen area's pyramid in the chosen year, youngest group first. */
    public ObservableList<PopulationPyramid.Bar> pyramid() {
        return pyramid;
    }

    /** The chosen area's pyramid in the base year, drawn as an outline; empty when off. */
    public ObservableList<PopulationPyramid.Bar> pyramidOutline() {
        return pyramidOutline;
    }

    /** Whether the pyramid shows the base year as an outline over the chosen year. */
    public BooleanProperty outlineBaseYearProperty() {
        return outlineBaseYear;
    }

    /** The imports (data sets) the values come from. */
    public ObservableList<DataSource> dataSets() {
        return dataSets;
    }

    /** The stored indicators. */
    /** The indicators shown as they were imported, beside the derived figures (all but the building blocks). */
    public ObservableList<IndicatorSummary> measured() {
        return measured;
    }

    public ObservableList<IndicatorSummary> indicators() {
        return indicators;
    }

    /** The table of figures, or {@code null} before loading. */
    public ProfileTable table() {
        return table;
    }

    /** The files the values come from, for the source line under the table. */
    public StringProperty sourcesProperty() {
        return sources;
    }
}
