package de.werkbank.area;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The areas as a hierarchy: Kreis → Kommunen → Orts-/Stadtteile (any depth), children in key order.
 * An area whose parent is not among the areas counts as a root.
 */
public final class AreaTree {

    private final Map<String, Area> byKey = new LinkedHashMap<>();
    private final Map<String, List<Area>> children = new HashMap<>();
    private final List<Area> roots = new ArrayList<>();

    public AreaTree(List<Area> areas) {
        areas.stream().sorted(Comparator.comparing(Area::key)).forEach(a -> byKey.put(a.key(), a));
        for (Area a : byKey.values()) {
            if (a.parentKey() != null && byKey.containsKey(a.parentKey())) {
                children.computeIfAbsent(a.parentKey(), k -> new ArrayList<>()).add(a);
            } else {
                roots.add(a);
            }
        }
    }

    public List<Area> roots() {
        return List.copyOf(roots);
    }

    /** The areas directly below {@code key}, in key order. */
    public List<Area> children(String key) {
        return List.copyOf(children.getOrDefault(key, List.of()));
    }

    public Optional<Area> area(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The enclosing area, if it is among the areas. */
    public Optional<Area> parent(String key) {
        Area a = byKey.get(key);
        return a == null || a.parentKey() == null ? Optional.empty() : Optional.ofNullable(byKey.get(a.parentKey()));
    }

    /** The top area above {@code key} (the Kreis for a Kommune or Ortsteil; the area itself at the top). */
    public Optional<Area> top(String key) {
        Optional<Area> at = area(key);
        while (at.isPresent()) {
            Optional<Area> up = parent(at.get().key());
            if (up.isEmpty()) {
                return at;
            }
            at = up;
        }
        return Optional.empty();
    }

    /** Every area, children before their parents (deepest first), so that sums can build upwards. */
    public List<Area> bottomUp() {
        List<Area> order = new ArrayList<>();
        roots.forEach(r -> addBottomUp(r, order));
        return order;
    }

    private void addBottomUp(Area a, List<Area> order) {
        children(a.key()).forEach(c -> addBottomUp(c, order));
        order.add(a);
    }

    /** Every area, parents before their children, each branch in key order (as a tree reads top down). */
    public List<Area> topDown() {
        List<Area> order = new ArrayList<>();
        roots.forEach(r -> addTopDown(r, order));
        return order;
    }

    private void addTopDown(Area a, List<Area> order) {
        order.add(a);
        children(a.key()).forEach(c -> addTopDown(c, order));
    }
}
