package de.werkbank.catalogue;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Handlungsfelder with their Zukunftsbilder and the Werkzeugkatalog, as read from the store.
 *
 * @param zukunftsbilder the vision text per Handlungsfeld key
 * @param werkzeuge every tool, the retired ones too (cards may still use them); see {@link #active()}
 */
public record Catalogue(List<Handlungsfeld> handlungsfelder, Map<String, String> zukunftsbilder,
                        List<Werkzeug> werkzeuge) {

    public Catalogue {
        handlungsfelder = handlungsfelder.stream().sorted(Comparator.comparingInt(Handlungsfeld::position)).toList();
        zukunftsbilder = Map.copyOf(zukunftsbilder);
        werkzeuge = werkzeuge.stream().sorted(Comparator.comparing(Werkzeug::code)).toList();
    }

    public Optional<Handlungsfeld> handlungsfeld(String key) {
        return handlungsfelder.stream().filter(h -> h.key().equals(key)).findFirst();
    }


    public Optional<Werkzeug> werkzeugByCode(String code) {
        return werkzeuge.stream().filter(w -> w.code().equals(code)).findFirst();
    }

    /** The tools by id, for views that look tools up often. */
    public Map<UUID, Werkzeug> werkzeugeById() {
        return werkzeuge.stream().collect(Collectors.toMap(Werkzeug::id, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    /** The tools the catalogue view offers: those not retired. */
    public List<Werkzeug> active() {
        return werkzeuge.stream().filter(w -> !w.retired()).toList();
    }

    public List<Werkzeug> retired() {
        return werkzeuge.stream().filter(Werkzeug::retired).toList();
    }

    /** The id a new tool gets: one above the highest {@code W-nnn} in use (retired tools count). */
    public String nextFreeCode() {
        int highest = werkzeuge.stream().map(Werkzeug::code).filter(c -> c.matches("W-\\d{1,6}"))
                .mapToInt(c -> Integer.parseInt(c.substring(2))).max().orElse(0);
        return String.format("W-%03d", highest + 1);
    }

    public String zukunftsbild(String handlungsfeldKey) {
        return zukunftsbilder.getOrDefault(handlungsfeldKey, "");
    }
}
