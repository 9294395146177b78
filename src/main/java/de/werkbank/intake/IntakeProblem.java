package de.werkbank.intake;

import de.werkbank.i18n.Messages;

/**
 * Something that blocks an import, at a place of the file.
 *
 * @param place the card, task or row ("Karte „Bürgerbus“", "Zeile 7")
 * @param message what is wrong, in the UI language
 */
public record IntakeProblem(String place, String message) {

    static IntakeProblem of(String place, String key, Object... args) {
        return new IntakeProblem(place, Messages.tr(key, args));
    }

    @Override
    public String toString() {
        return place + ": " + message;
    }
}
