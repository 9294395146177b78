package de.werkbank.datencheck;

import java.util.Map;

/** German display names of the indicators the sample data and the usual deliveries bring. */
final class KnownIndicators {

    private static final Map<String, String> NAMES = Map.of(
            "bevoelkerung", "Bevölkerung",
            "geburten", "Geburten",
            "sterbefaelle", "Sterbefälle",
            "zuzuege", "Zuzüge",
            "fortzuege", "Fortzüge");

    private KnownIndicators() {
    }

    /** The display name of a key; a new key shows as itself until someone names it. */
    static String name(String key) {
        return NAMES.getOrDefault(key, key);
    }
}
