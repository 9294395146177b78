package de.werkbank.plan;

import java.time.Instant;
import java.util.UUID;

/**
 * One change of the plan as the history lists it: who did what, when.
 *
 * @param change what the change did, before and after: the command's state as JSON
 *               ({@code {"kind": …, "state": …}}), written by the store; {@code null} when not known
 */
public record HistoryEntry(UUID id, Instant at, String who, String description, String change) {
}
