package de.werkbank.map;

import de.werkbank.area.Area;
import de.werkbank.geo.StoredBoundary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The levels a store can show as a map: those its boundaries belong to. */
public final class MapLevels {

    private MapLevels() {
    }

    /**
     * The Kommunen (if any has a boundary), all Orts-/Stadtteile (if any has one), and the Orts-/Stadtteile
     * of each Kommune that has some with boundaries, by the Kommune's name.
     */
    public static List<MapLevel> of(List<StoredBoundary> boundaries, Collection<Area> areas) {
        Map<String, Area> byKey = new HashMap<>();
        areas.forEach(a -> byKey.put(a.key(), a));
        boolean kommunen = false;
        Set<String> parents = new LinkedHashSet<>();
        for (StoredBoundary b : boundaries) {
            Area a = byKey.get(b.areaKey());
            if (a == null) {
                continue;
            }
            if (a.level() == Area.Level.ORTSTEIL) {
                parents.add(a.parentKey());
            } else if (a.level() == Area.Level.KOMMUNE) {
                kommunen = true;
            }
        }
        List<MapLevel> levels = new ArrayList<>();
        if (kommunen) {
            levels.add(MapLevel.KOMMUNEN);
        }
        if (!parents.isEmpty()) {
            levels.add(MapLevel.ORTSTEILE);
            parents.stream().filter(byKey::containsKey).map(byKey::get)
                    .sorted(Comparator.comparing(Area::name, java.text.Collator.getInstance(java.util.Locale.GERMAN)))
                    .forEach(p -> levels.add(MapLevel.ortsteileOf(p.key())));
        }
        return levels;
    }
}
