package de.werkbank.sheet;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the board needs of a card's Werkzeugblatt: the lead office, the areas and the steps.
 *
 * @param leadOffice the lead office's name, or {@code null} when the sheet names none
 */
public record SheetOutline(UUID card, String leadOffice, List<String> areas, List<Step> steps) {

    public SheetOutline {
        areas = List.copyOf(areas);
        steps = List.copyOf(steps);
    }

    public static SheetOutline none(UUID card) {
        return new SheetOutline(card, null, List.of(), List.of());
    }

    public Progress progressOn(LocalDate today) {
        return Progress.of(steps, today);
    }
}
