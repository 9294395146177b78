package de.werkbank.map;

import de.werkbank.area.Area;
import java.util.Locale;
import java.util.Optional;

/**
 * Which areas a map (and the Datencheck table beside it) shows: one level at a time — the Kommunen,
 * all Orts-/Stadtteile, or the Orts-/Stadtteile of one Kommune.
 *
 * @param level the areas' level
 * @param parentKey only the areas directly under this one, or {@code null} for all of the level
 */
public record MapLevel(Area.Level level, String parentKey) {

    public static final MapLevel KOMMUNEN = new MapLevel(Area.Level.KOMMUNE, null);
    public static final MapLevel ORTSTEILE = new MapLevel(Area.Level.ORTSTEIL, null);

    /** The Orts-/Stadtteile of one Kommune. */
    public static MapLevel ortsteileOf(String kommuneKey) {
        return new MapLevel(Area.Level.ORTSTEIL, kommuneKey);
    }

    /** Whether the map shows this area. */
    public boolean holds(Area area) {
        return area.level() == level && (parentKey == null || parentKey.equals(area.parentKey()));
    }

    /** {@code kommunen} or {@code ortsteile}, as the command line writes a level; empty for another word. */
    public static Optional<MapLevel> parse(String word) {
        return switch (word.trim().toLowerCase(Locale.ROOT)) {
            case "kommunen", "gemeinden" -> Optional.of(KOMMUNEN);
            case "ortsteile", "stadtteile" -> Optional.of(ORTSTEILE);
            default -> Optional.empty();
        };
    }
}
