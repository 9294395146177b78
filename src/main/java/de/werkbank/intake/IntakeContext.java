package de.werkbank.intake;

import de.werkbank.catalogue.Catalogue;
import de.werkbank.plan.Card;
import de.werkbank.plan.Plan;
import de.werkbank.sheet.Actor;
import de.werkbank.sheet.Werkzeugblatt;
import de.werkbank.store.Store;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an import compares the file with: the catalogue, the plan (with its archive), the sheets, the
 * registry and the source ids of cards imported before.
 *
 * @param sources card → source id
 * @param history the ids of the plan's history entries (comments imported before are among them)
 */
public record IntakeContext(Catalogue catalogue, Plan plan, List<Card> archived, Map<UUID, Werkzeugblatt> sheets,
                            List<Actor> actors, Map<UUID, String> sources, java.util.Set<UUID> history) {

    public IntakeContext {
        archived = List.copyOf(archived);
        sheets = Map.copyOf(sheets);
        actors = List.copyOf(actors);
        sources = Map.copyOf(sources);
        history = java.util.Set.copyOf(history);
    }

    /** Everything as stored now, read in one transaction. */
    public static IntakeContext of(Store store) {
        return store.transaction(tx -> new IntakeContext(tx.catalogue().load(),
                tx.plan().load().orElseThrow(() -> new IntakeFileException("intake.noPlan")),
                tx.plan().archivedCards(), tx.sheets().all(), tx.actors().all(), tx.cardSources().all(),
                tx.plan().history().stream().map(de.werkbank.plan.HistoryEntry::id).collect(java.util.stream.Collectors.toSet())));
    }
}
