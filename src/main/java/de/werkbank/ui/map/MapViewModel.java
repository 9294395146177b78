package de.werkbank.ui.map;

import de.werkbank.area.Area;
import de.werkbank.datencheck.IndicatorSummary;
import de.werkbank.datencheck.ProfileTable;
import de.werkbank.i18n.Messages;
import de.werkbank.geo.BoundaryFile;
import de.werkbank.geo.BoundaryImport;
import de.werkbank.geo.StoredBoundary;
import de.werkbank.map.ClassMethod;
import de.werkbank.map.Choropleth;
import de.werkbank.map.MapData;
import de.werkbank.map.MapFigure;
import de.werkbank.map.MapIndicator;
import de.werkbank.map.MapLevel;
import de.werkbank.map.MapLevels;
import de.werkbank.map.MapPicture;
import de.werkbank.map.MapShapes;
import de.werkbank.map.Overlay;
import de.werkbank.store.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The Datencheck map: which figure, how classified, which area is selected (shared with the table),
 * and the measures layer. Recolours the {@link MapPicture} when any of them or the table's rows change;
 * {@link #changesProperty()} counts the changes a view must repaint for.
 */
public final class MapViewModel {

    private final ObjectProperty<Area> area;
    private final ObservableList<ProfileTable.Row> rows;
    private final ObjectProperty<Integer> year;
    private final ObjectProperty<MapFigure> indicator = new SimpleObjectProperty<>(
            new MapFigure.Derived(ProfileTable.Column.ALTENQUOTIENT));
    private final ObservableList<MapFigure> figures = FXCollections.observableArrayList(MapIndicator.derived());
    private final ObjectProperty<ClassMethod> method = new SimpleObjectProperty<>(ClassMethod.QUANTILE);
    private final IntegerProperty classes = new SimpleIntegerProperty(5);
    private final StringProperty manualBreaks = new SimpleStringProperty("");
    private final BooleanProperty measures = new SimpleBooleanProperty(false);
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper();
    private final Map<String, Area> areas = new HashMap<>();
    private Map<String, Integer> measureCounts = Map.of();
    /** The areas each measure acts in (from its Werkzeugblatt's "where"), by card. */
    private Map<UUID, List<String>> measureAreas = Map.of();
    private Predicate<UUID> selectedMeasures = card -> true;
    private Consumer<String> measuresFilter = key -> { };
    private final ObjectProperty<MapLevel> level = new SimpleObjectProperty<>(MapLevel.KOMMUNEN);
    private final ObservableList<MapLevel> levels = FXCollections.observableArrayList(MapLevel.KOMMUNEN);
    private List<StoredBoundary> boundaries = List.of();
    private MapPicture picture;
    private Store store;

    /**
     * Shares the Datencheck's selected area, its rows for the chosen year, the year, and the indicators
     * it shows as they were imported.
     */
    public MapViewModel(ObjectProperty<Area> area, ObservableList<ProfileTable.Row> rows, ObjectProperty<Integer> year,
                        ObservableList<IndicatorSummary> measured) {
        this.area = area;
        this.rows = rows;
        this.year = year;
        measured.addListener((ListChangeListener<IndicatorSummary>) c -> {
            List<MapFigure> now = new ArrayList<>(MapIndicator.derived());
            measured.forEach(i -> now.add(new MapFigure.Measured(i.key(), i.name())));
            figures.setAll(now);
            if (!now.contains(indicator.get())) {
                indicator.set(new MapFigure.Derived(ProfileTable.Column.ALTENQUOTIENT));
            }
        });
        rows.addListener((ListChangeListener<ProfileTable.Row>) c -> recolour());
        indicator.addListener(o -> recolour());
        method.addListener(o -> recolour());
        classes.addListener(o -> recolour());
        manualBreaks.addListener(o -> recolour());
        measures.addListener(o -> changed());
        area.addListener(o -> changed());
        level.addListener((o, was, now) -> {
            if (now == null) {
                level.set(was);
            } else if (store != null) {
                drawLevel();
                recolour();
            }
        });
    }

    /** Reads the boundaries and the measures' areas of a store. */
    public void load(Store store) {
        this.store = store;
        List<Area> all = store.areas();
        areas.clear();
        all.forEach(a -> areas.put(a.key(), a));
        boundaries = store.boundaries();
        List<MapLevel> now = MapLevels.of(boundaries, all);
        if (!levels.equals(now)) {
            levels.setAll(now);
        }
        if (!levels.contains(level.get())) {
            level.set(levels.isEmpty() ? MapLevel.KOMMUNEN : levels.get(0));
        }
        drawLevel();
        readMeasures();
        recolour();
    }

    private void drawLevel() {
        // a store whose boundaries are neither Kommunen nor Ortsteile (Kreise, say) shows the level most have
        picture = new MapPicture(levels.isEmpty() ? MapShapes.of(boundaries, areas.values())
                : MapShapes.of(boundaries, areas.values(), level.get()));
    }

    /** Which areas the map and the table show: the Kommunen, all Orts-/Stadtteile, or those of one Kommune. */
    public ObjectProperty<MapLevel> levelProperty() {
        return level;
    }

    /** The levels the store has boundaries for. */
    public ObservableList<MapLevel> levels() {
        return levels;
    }

    /** Shows the Orts-/Stadtteile of a Kommune (a double click on it); false if it has none on the map. */
    public boolean drillDown(String key) {
        MapLevel below = MapLevel.ortsteileOf(key);
        if (key == null || !levels.contains(below) || below.equals(level.get())) {
            return false;
        }
        level.set(below);
        return true;
    }

    /** Goes back up from Orts-/Stadtteile to the Kommunen (Backspace); false if already there. */
    public boolean up() {
        if (level.get().level() != Area.Level.ORTSTEIL || !levels.contains(MapLevel.KOMMUNEN)) {
            return false;
        }
        String from = level.get().parentKey();
        level.set(MapLevel.KOMMUNEN);
        if (from != null) {
            select(from);
        }
        return true;
    }

    /** A level's name as the selector shows it. */
    public String describe(MapLevel shown) {
        if (shown.level() != Area.Level.ORTSTEIL) {
            return Messages.tr("ui.map.level.kommunen");
        }
        Area parent = shown.parentKey() == null ? null : areas.get(shown.parentKey());
        return parent == null ? Messages.tr("ui.map.level.ortsteile") : Messages.tr("ui.map.level.ortsteileOf", parent.name());
    }

    /** Reads again where the measures act (their sheets may have changed since). */
    public void readMeasures() {
        if (store == null) {
            return;
        }
        Map<UUID, List<String>> where = new HashMap<>();
        store.sheetOutlines().forEach((card, outline) -> where.put(card, outline.areas().stream().distinct().toList()));
        measureAreas = where;
        countMeasures();
    }

    /** Which measures the layer counts (the others are left out), e.g. those the board's filter shows. */
    public void selectMeasures(Predicate<UUID> selected) {
        selectedMeasures = selected;
        countMeasures();
    }

    private void countMeasures() {
        Map<String, Integer> counts = new HashMap<>();
        measureAreas.forEach((card, where) -> {
            if (selectedMeasures.test(card)) {
                // a measure in an Ortsteil acts in its Kommune too: counted once there, however many of its Ortsteile
                java.util.Set<String> in = new java.util.LinkedHashSet<>(where);
                where.stream().map(areas::get).filter(a -> a != null && a.level() == Area.Level.ORTSTEIL)
                        .forEach(a -> in.add(a.parentKey()));
                in.forEach(k -> counts.merge(k, 1, Integer::sum));
            }
        });
        measureCounts = Map.copyOf(counts);
        changed();
    }

    private void recolour() {
        if (picture == null) {
            return;
        }
        MapFigure figure = indicator.get();
        Map<String, Double> values = picture.shapes().onMap(MapData.values(rows, figure));
        String title = Messages.tr("map.title", MapIndicator.title(figure),
                year.get() == null ? 0 : year.get());
        picture.show(Choropleth.of(title, values, method.get(), classes.get(), breaks(),
                MapIndicator.palette(figure), MapIndicator.decimals(figure)));
        changed();
    }

    private void changed() {
        changes.set(changes.get() + 1);
    }

    /** The typed manual breaks: numbers separated by semicolons or spaces, decimal comma or point. */
    private double[] breaks() {
        return Arrays.stream(manualBreaks.get().split("[;\\s]+")).map(s -> s.trim().replace(',', '.'))
                .filter(s -> s.matches("-?\\d+(\\.\\d+)?")).mapToDouble(Double::parseDouble).toArray();
    }

    /** The store's areas, for choosing the parent of imported ones. */
    public List<Area> areas() {
        return List.copyOf(areas.values());
    }

    /**
     * Stores a boundary file that has been read, all or nothing (off the FX thread); {@link #load}
     * afterwards shows it.
     */
    public BoundaryImport.Report importBoundaries(BoundaryFile file, BoundaryImport.Options options) {
        return store.transaction(tx -> BoundaryImport.store(tx, file, options, Instant.now()));
    }

    /** Reads the boundaries again after an import. */
    public void reload() {
        if (store != null) {
            load(store);
        }
    }

    /** The picture of the loaded store's map (an empty map before {@link #load}). */
    public MapPicture picture() {
        if (picture == null) {
            picture = new MapPicture(MapShapes.of(List.of(), List.of()));
        }
        return picture;
    }

    /** What to draw over the colours: the selected area, the hovered one, and the measures if shown. */
    public Overlay overlay(String hovered) {
        Area selected = area.get();
        return new Overlay(selected == null ? null : selected.key(), hovered, measures.get() ? measureCounts : Map.of());
    }

    /**
     * Selects the area with this key in the table and profile (or none); with the measures layer on,
     * also filters to the area's measures.
     */
    public void select(String key) {
        area.set(key == null ? null : areas.get(key));
        if (measures.get()) {
            measuresFilter.accept(key);
        }
    }

    /** What a click with the measures layer on does with the area's key ({@code null}: no area), e.g. filter the board. */
    public void setMeasuresFilter(Consumer<String> filter) {
        measuresFilter = filter;
    }

    /** The area's name and value as the tooltip shows them. */
    public Optional<String> describe(String key) {
        Area a = areas.get(key);
        if (a == null) {
            return Optional.empty();
        }
        var c = picture().choropleth();
        Double v = c.map(ch -> ch.values().get(key)).orElse(null);
        String value = v == null ? Messages.tr("map.legend.noData")
                : de.werkbank.map.LegendRows.format(v, MapIndicator.decimals(indicator.get()), Messages.get().locale());
        int n = measureCounts.getOrDefault(key, 0);
        return Optional.of(Messages.tr("ui.map.tooltip", a.name(), value, n));
    }

    public ObjectProperty<MapFigure> indicatorProperty() {
        return indicator;
    }

    /** What the map can show: the derived figures, then the indicators imported as they are. */
    public ObservableList<MapFigure> figures() {
        return figures;
    }

    public ObjectProperty<ClassMethod> methodProperty() {
        return method;
    }

    public IntegerProperty classesProperty() {
        return classes;
    }

    public StringProperty manualBreaksProperty() {
        return manualBreaks;
    }

    public BooleanProperty measuresProperty() {
        return measures;
    }

    public ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }
}
