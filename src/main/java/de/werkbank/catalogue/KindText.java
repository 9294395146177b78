package de.werkbank.catalogue;

import java.util.Locale;
import java.util.Optional;

/** Blue and green as the catalogue table writes them ("blau", "grün") and reads them (also "blue", "green"). */
final class KindText {

    private KindText() {
    }

    static String of(Kind kind) {
        return kind == Kind.BLUE ? "blau" : "grün";
    }

    static Optional<Kind> parse(String text) {
        return switch (text == null ? "" : text.strip().toLowerCase(Locale.GERMAN)) {
            case "blau", "blue", "b" -> Optional.of(Kind.BLUE);
            case "grün", "gruen", "green", "g" -> Optional.of(Kind.GREEN);
            default -> Optional.empty();
        };
    }
}
