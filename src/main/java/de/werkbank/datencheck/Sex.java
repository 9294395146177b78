package de.werkbank.datencheck;

import java.util.Locale;
import java.util.Optional;

/** The sex a value is broken down by, as the statistics offices write it; {@code INSGESAMT} when it is not. */
public enum Sex {
    M, W, D, INSGESAMT;

    /** As written in files and stored: {@code m}, {@code w}, {@code d}, {@code insgesamt}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The sex for a code in a file (also {@code männlich}, {@code weiblich}, {@code divers}, {@code gesamt}). */
    public static Optional<Sex> fromCode(String text) {
        return switch (text.strip().toLowerCase(Locale.GERMAN)) {
            case "m", "männlich", "maennlich" -> Optional.of(M);
            case "w", "weiblich" -> Optional.of(W);
            case "d", "divers" -> Optional.of(D);
            case "", "insgesamt", "gesamt", "zusammen" -> Optional.of(INSGESAMT);
            default -> Optional.empty();
        };
    }
}
