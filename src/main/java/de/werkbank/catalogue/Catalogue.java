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

    public String zukunftsbild(String handlungsfeldKey) {
        return zukunftsbilder.getOrDefault(handlungsfeldKey, "");
    }
}
