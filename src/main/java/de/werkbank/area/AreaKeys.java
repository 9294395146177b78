package de.werkbank.area;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Finds the stored area an office's table means by a key, whatever form the office wrote it in:
 * {@code DG} (Deutschland), a Land ({@code 05}), a Regierungsbezirk ({@code 053}), a Kreis
 * ({@code 05358}, or {@code 05358000} as an 8-digit AGS), a Gemeinde ({@code 05358008}), a
 * Gemeindeverband (9 digits; a verbandsfreie Gemeinde's {@code 053580008} is that Gemeinde), the
 * 12-digit ARS ({@code 053580008008}), and any of these without its leading zero (as Excel leaves
 * it: {@code 5358008}). Keys are matched by what they mean, never by padding them with zeros.
 *
 * <p>Order: a key equal to a stored area's key matches that area first (a Stadtteil {@code 101} is
 * no Regierungsbezirk); then, for plain numbers, the key padded to the mapping's length; then by
 * meaning. Orts-/Stadtteile have no official key and are matched by their key only. See ADR 0021.
 */
public final class AreaKeys {

    private final Set<String> keys = new HashSet<>();
    private final Map<String, String> byMeaning = new HashMap<>();

    /** The keys of the store's areas. */
    public AreaKeys(Collection<Area> areas) {
        areas.stream().sorted(Comparator.comparing(Area::key)).forEach(a -> {
            keys.add(a.key());
            if (a.level() != Area.Level.ORTSTEIL) {
                meaning(a.key()).ifPresent(m -> byMeaning.putIfAbsent(m, a.key()));
            }
        });
    }

    /** Keys of areas above the Orts-/Stadtteile (for tests and readers given plain keys). */
    public static AreaKeys of(Collection<String> keys) {
        return new AreaKeys(keys.stream().map(k -> new Area(UUID.nameUUIDFromBytes(k.getBytes(StandardCharsets.UTF_8)), k, k,
                Area.Level.KOMMUNE, null)).toList());
    }

    /**
     * The stored area's key for a key as written in a file, or empty when the store holds no such area.
     *
     * @param pad the length plain numbers are padded to with leading zeros (a mapping's {@code padAreaKey}), or 0
     */
    public Optional<String> match(String written, int pad) {
        String key = written == null ? "" : written.strip();
        if (key.isEmpty()) {
            return Optional.empty();
        }
        if (keys.contains(key)) {
            return Optional.of(key);
        }
        boolean digits = key.chars().allMatch(c -> c >= '0' && c <= '9');
        if (digits && pad > key.length()) {
            String padded = "0".repeat(pad - key.length()) + key;
            if (keys.contains(padded)) {
                return Optional.of(padded);
            }
        }
        for (String candidate : digits && key.charAt(0) != '0' ? List.of(key, "0" + key) : List.of(key)) {
            Optional<String> stored = meaning(candidate).map(byMeaning::get);
            if (stored.isPresent()) {
                return stored;
            }
        }
        return Optional.empty();
    }

    /**
     * What an official key means, as the level's letter and its shortest code ({@code K05358},
     * {@code G05358008}), or empty for a key of no official form.
     */
    static Optional<String> meaning(String key) {
        if (key.equalsIgnoreCase("DG") || key.equals("00000000") || key.equals("000000000000")) {
            return Optional.of("DG");
        }
        if (!key.chars().allMatch(c -> c >= '0' && c <= '9') || !validLand(key)) {
            return Optional.empty();
        }
        return switch (key.length()) {
            case 2 -> Optional.of("L" + key);
            case 3 -> Optional.of("R" + key);
            case 5 -> Optional.of("K" + key);
            case 8 -> Optional.of(ags(key));
            case 9 -> Optional.of(key.charAt(5) == '0' ? "G" + key.substring(0, 5) + key.substring(6)
                    : "V" + key);
            case 12 -> Optional.of(ars(key));
            default -> Optional.empty();
        };
    }

    /** An 8-digit AGS; trailing zeros make it a Kreis, Regierungsbezirk or Land. */
    private static String ags(String key) {
        if (key.endsWith("000000")) {
            return "L" + key.substring(0, 2);
        }
        if (key.endsWith("00000")) {
            return "R" + key.substring(0, 3);
        }
        return key.endsWith("000") ? "K" + key.substring(0, 5) : "G" + key;
    }

    /** A 12-digit ARS: Kreis (5), Gemeindeverband (4), Gemeinde (3). */
    private static String ars(String key) {
        String verband = key.substring(5, 9);
        String gemeinde = key.substring(9);
        if (!gemeinde.equals("000")) {
            return "G" + key.substring(0, 5) + gemeinde;
        }
        return verband.equals("0000") ? ags(key.substring(0, 5) + "000")
                : verband.charAt(0) == '0' ? "G" + key.substring(0, 5) + verband.substring(1) : "V" + key.substring(0, 9);
    }

    /** Whether the key starts with a Land's code (01 to 16). */
    private static boolean validLand(String key) {
        if (key.length() < 2) {
            return false;
        }
        int land = Integer.parseInt(key.substring(0, 2));
        return land >= 1 && land <= 16;
    }
}
