package de.werkbank.map;

import de.werkbank.datencheck.IndicatorSummary;
import de.werkbank.datencheck.ProfileTable.Column;
import de.werkbank.i18n.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Datencheck figures a map can show (derived ones and imported indicators), with the palette that
 * fits each: balances and change diverge around 0, the rest are sequential.
 */
public final class MapIndicator {

    private MapIndicator() {
    }

    /** The palette fitting a figure; an imported indicator is shown in a sequential one. */
    public static Palette palette(MapFigure figure) {
        if (!(figure instanceof MapFigure.Derived derived)) {
            return Palette.BLUES;
        }
        return switch (derived.column()) {
            case CHANGE, MIGRATION, NATURAL -> Palette.RDBU;
            case POPULATION -> Palette.BLUES;
            case SHARE_UNDER_20, JUGENDQUOTIENT -> Palette.GREENS;
            case SHARE_65, SHARE_80, ALTENQUOTIENT -> Palette.PURPLES;
            case AVERAGE_AGE, MEDIAN_AGE -> Palette.YLORRD;
        };
    }

    /** Decimals shown for a figure. */
    public static int decimals(MapFigure figure) {
        return figure instanceof MapFigure.Derived d && d.column() == Column.POPULATION ? 0 : 1;
    }

    /** The figure's name on the map and in lists. */
    public static String title(MapFigure figure) {
        return title(figure, Messages.get());
    }

    /** The figure's name in the language of {@code messages} (a document's). */
    public static String title(MapFigure figure, Messages messages) {
        return figure instanceof MapFigure.Derived d ? messages.text("map.indicator." + d.column().name())
                : ((MapFigure.Measured) figure).name();
    }

    /** The command line's name of a figure: {@code altenquotient}, {@code share-65}, … or an imported indicator's key. */
    public static String name(MapFigure figure) {
        return figure instanceof MapFigure.Derived d ? name(d.column()) : ((MapFigure.Measured) figure).key();
    }

    private static String name(Column column) {
        return column.key();
    }

    /** Every derived figure, in the Datencheck's order. */
    public static List<MapFigure> derived() {
        return Arrays.stream(Column.values()).map(c -> (MapFigure) new MapFigure.Derived(c)).toList();
    }

    /**
     * A figure by its key ({@code anteil_65_plus}; any case, also with hyphens, and the English names
     * earlier versions used, {@code share-65}; {@code bevoelkerung} for the population), or an imported
     * indicator by its key.
     */
    public static Optional<MapFigure> byName(String name, List<IndicatorSummary> measured) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        if (n.equals("bevoelkerung")) {
            return Optional.of(new MapFigure.Derived(Column.POPULATION));
        }
        Optional<MapFigure> derived = Arrays.stream(Column.values())
                .filter(c -> c.key().equals(n) || c.name().toLowerCase(Locale.ROOT).equals(n)).findFirst()
                .map(MapFigure.Derived::new);
        return derived.or(() -> measured.stream().filter(i -> i.key().equalsIgnoreCase(name.trim())).findFirst()
                .map(i -> new MapFigure.Measured(i.key(), i.name())));
    }

    /** All names, for messages. */
    public static String names(List<IndicatorSummary> measured) {
        return String.join(", ", Stream.concat(Arrays.stream(Column.values()).map(MapIndicator::name),
                measured.stream().map(IndicatorSummary::key)).toList());
    }
}
