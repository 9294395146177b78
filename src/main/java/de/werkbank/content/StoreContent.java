package de.werkbank.content;

import de.werkbank.area.Area;
import de.werkbank.catalogue.Catalogue;
import de.werkbank.plan.Card;
import de.werkbank.plan.HistoryEntry;
import de.werkbank.plan.Plan;
import de.werkbank.review.Review;
import de.werkbank.sheet.Actor;
import de.werkbank.sheet.Werkzeugblatt;
import de.werkbank.workshop.Workshop;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Everything a store holds that a snapshot carries: the catalogue (with its version), the areas, the
 * registry of offices and people, the plan with its cards (on the board and archived), the cards'
 * Werkzeugblätter and the plan's history.
 *
 * @param plan {@code null} in a store that has no plan yet; its cards are the board's, column by
 *             column, top to bottom
 * @param archivedCards the cards in the archive
 * @param sheets the Werkzeugblätter by card (only cards that have one)
 * @param history oldest first
 * @param workshop the plan's vote rounds and value/effort matrix (empty without a plan)
 * @param reviews the plan's reviews, oldest first (empty without a plan)
 * @param cardSources the source ids of imported cards, by card (only cards that have one)
 */
public record StoreContent(int catalogueVersion, Catalogue catalogue, List<Area> areas, List<Actor> registry,
                           Plan plan, List<Card> archivedCards, Map<UUID, Werkzeugblatt> sheets,
                           List<HistoryEntry> history, Workshop workshop, List<Review> reviews,
                           Map<UUID, String> cardSources) {

    /** Content without source ids of imported cards. */
    public StoreContent(int catalogueVersion, Catalogue catalogue, List<Area> areas, List<Actor> registry,
                        Plan plan, List<Card> archivedCards, Map<UUID, Werkzeugblatt> sheets,
                        List<HistoryEntry> history, Workshop workshop, List<Review> reviews) {
        this(catalogueVersion, catalogue, areas, registry, plan, archivedCards, sheets, history, workshop, reviews,
                Map.of());
    }

    /** Content without reviews. */
    public StoreContent(int catalogueVersion, Catalogue catalogue, List<Area> areas, List<Actor> registry,
                        Plan plan, List<Card> archivedCards, Map<UUID, Werkzeugblatt> sheets,
                        List<HistoryEntry> history, Workshop workshop) {
        this(catalogueVersion, catalogue, areas, registry, plan, archivedCards, sheets, history, workshop, List.of());
    }

    /** Content without vote rounds or matrix. */
    public StoreContent(int catalogueVersion, Catalogue catalogue, List<Area> areas, List<Actor> registry,
                        Plan plan, List<Card> archivedCards, Map<UUID, Werkzeugblatt> sheets,
                        List<HistoryEntry> history) {
        this(catalogueVersion, catalogue, areas, registry, plan, archivedCards, sheets, history, Workshop.EMPTY);
    }

    public StoreContent {
        workshop = workshop == null ? Workshop.EMPTY : workshop;
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
        areas = List.copyOf(areas);
        registry = List.copyOf(registry);
        archivedCards = List.copyOf(archivedCards);
        sheets = Map.copyOf(sheets);
        history = List.copyOf(history);
        cardSources = cardSources == null ? Map.of() : Map.copyOf(cardSources);
    }

    /** The plan's cards, on the board first (in board order), then the archived ones. */
    public List<Card> allCards() {
        return plan == null ? archivedCards
                : Stream.concat(plan.cards().stream(), archivedCards.stream()).toList();
    }
}
