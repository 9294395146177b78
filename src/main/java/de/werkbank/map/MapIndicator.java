package de.werkbank.map;

import de.werkbank.datencheck.ProfileTable.Column;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The Datencheck figures a map can show, with the palette that fits each: balances and change
 * diverge around 0, the rest are sequential.
 */
public final class MapIndicator {

    private MapIndicator() {
    }

    /** The palette fitting a figure. */
    public static Palette palette(Column column) {
        return switch (column) {
            case CHANGE, MIGRATION, NATURAL -> Palette.RDBU;
            case POPULATION -> Palette.BLUES;
            case SHARE_UNDER_20, JUGENDQUOTIENT -> Palette.GREENS;
            case SHARE_65, SHARE_80, ALTENQUOTIENT -> Palette.PURPLES;
            case AVERAGE_AGE, MEDIAN_AGE -> Palette.YLORRD;
        };
    }

    /** Decimals shown for a figure. */
    public static int decimals(Column column) {
        return column == Column.POPULATION ? 0 : 1;
    }

    /** The command line's name of a figure: {@code altenquotient}, {@code share-65}, … */
    public static String name(Column column) {
        return column.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A figure by its command-line name (also with underscores, any case; {@code bevoelkerung} for the population). */
    public static Optional<Column> byName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (n.equals("bevoelkerung") || n.equals("einwohner")) {
            return Optional.of(Column.POPULATION);
        }
        return Arrays.stream(Column.values()).filter(c -> name(c).equals(n)).findFirst();
    }

    /** All names, for messages. */
    public static String names() {
        return String.join(", ", Arrays.stream(Column.values()).map(MapIndicator::name).toList());
    }
}
