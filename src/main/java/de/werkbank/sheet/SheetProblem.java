package de.werkbank.sheet;

import java.util.UUID;

/**
 * Something wrong or doubtful on a sheet, at a field (and, for steps, at one step).
 *
 * @param step the step concerned, or {@code null}
 * @param blocking whether the sheet cannot be stored so ({@code false}: only flagged)
 * @param messageKey the message in the UI language; its argument, if any, is {@code argument}
 */
public record SheetProblem(SheetField field, UUID step, boolean blocking, String messageKey, Object argument) {
}
