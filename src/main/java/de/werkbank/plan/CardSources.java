package de.werkbank.plan;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Where imported cards came from: a source id such as {@code trello:BOARD/CARD} per card, so that a
 * second import of the same source updates its cards instead of doubling them. A card has at most one
 * source; a source names at most one card. Implemented by the store.
 */
public interface CardSources {

    /** The longest source id the store keeps. */
    int MAX_LENGTH = 300;

    /** Every card's source id (cards on the board and in the archive). */
    Map<UUID, String> all();

    /** The card (on the board or in the archive) imported from {@code sourceId}. */
    Optional<UUID> card(String sourceId);

    /** Notes the card's source id, replacing one it had. */
    void set(UUID card, String sourceId);

    /** Forgets the card's source id (if it had one). */
    void remove(UUID card);
}
