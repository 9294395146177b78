package de.werkbank.plan;

import java.time.Instant;
import java.util.UUID;

/** One change of the plan as the history lists it: who did what, when. */
public record HistoryEntry(UUID id, Instant at, String who, String description) {
}
