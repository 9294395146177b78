package de.werkbank.plan;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.seed.Seeder;
import de.werkbank.sheet.Budget;
import de.werkbank.sheet.Werkzeugblatt;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import de.werkbank.store.TestStores;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two clients (two stores, two connections, two threads) make 500 random edits each at the same time
 * on the same few cards of one plan: moves through their own plan editors, from the cards as they last
 * saw them, and sheet edits that raise a card's budget by one from the sheet as read a moment before.
 * Every edit is either stored or refused as a conflict; afterwards the plan is what the stored edits
 * describe, and no stored edit was overwritten unseen (ADR 24: {@code update … where version = ?}).
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestStores.Kind.class)
class TwoClientsTest {

    private static final int EDITS = 500;

    @Parameter
    TestStores.Kind kind;

    @TempDir
    Path dir;

    /** A move that was stored: the card's version it made, and the column it put the card in. */
    record Move(UUID card, int version, UUID column) {
    }

    /** What one client did. */
    static final class Tally {
        final List<Move> moves = new ArrayList<>();
        final Map<UUID, Integer> raises = new HashMap<>();
        int conflicts;
        int stored;
    }

    @Test
    void everyEditIsStoredOrReportedAsAConflictAndNoneIsLost() throws Exception {
        StoreLocation location = TestStores.fresh(kind, dir);
        try (Store first = Store.create(location, tx -> Seeder.seed(tx, Seeder.Content.SAMPLE));
             Store second = Store.open(location)) {
            Plan plan = first.plan().orElseThrow();
            List<UUID> cards = plan.cards().stream().map(Card::id).limit(20).toList();
            Map<UUID, Integer> versionsBefore = new HashMap<>();
            Map<UUID, BigDecimal> budgetsBefore = new HashMap<>();
            for (UUID card : cards) {
                versionsBefore.put(card, first.card(card).orElseThrow().version());
                Budget budget = first.sheet(card).budget();
                budgetsBefore.put(card, budget == null ? BigDecimal.ZERO : budget.amount());
            }
            CountDownLatch start = new CountDownLatch(1);
            Map<String, Tally> tallies = new ConcurrentHashMap<>();
            CompletableFuture<Void> a = CompletableFuture.runAsync(() -> tallies.put("a", client(first, "anna", 1, cards, start)));
            CompletableFuture<Void> b = CompletableFuture.runAsync(() -> tallies.put("b", client(second, "ben", 2, cards, start)));
            start.countDown();
            CompletableFuture.allOf(a, b).get();

            int conflicts = 0;
            int stored = 0;
            for (Tally t : tallies.values()) {
                assertThat(t.stored + t.conflicts).isEqualTo(EDITS);
                conflicts += t.conflicts;
                stored += t.stored;
            }
            System.out.printf("TwoClientsTest[%s]: %d edits, %d stored, %d refused as conflicts (%.1f %%)%n", kind,
                    2 * EDITS, stored, conflicts, 100.0 * conflicts / (2 * EDITS));
            assertThat(conflicts).as("conflicts").isGreaterThanOrEqualTo(2 * EDITS / 20);

            Plan after = first.plan().orElseThrow();
            for (UUID card : cards) {
                List<Move> moves = new ArrayList<>();
                tallies.values().forEach(t -> t.moves.stream().filter(m -> m.card().equals(card)).forEach(moves::add));
                moves.sort((x, y) -> Integer.compare(x.version(), y.version()));
                Card stored1 = after.cards().stream().filter(c -> c.id().equals(card)).findFirst().orElseThrow();
                // each stored move made the next version: none was made from a version another had replaced
                List<Integer> versions = moves.stream().map(Move::version).toList();
                List<Integer> expected = new ArrayList<>();
                for (int v = versionsBefore.get(card) + 1; v <= stored1.version(); v++) {
                    expected.add(v);
                }
                assertThat(versions).as("versions made by the stored moves of %s", stored1.title()).isEqualTo(expected);
                if (!moves.isEmpty()) {
                    assertThat(stored1.column()).as("column of %s", stored1.title()).isEqualTo(moves.get(moves.size() - 1).column());
                }
                int raises = tallies.values().stream().mapToInt(t -> t.raises.getOrDefault(card, 0)).sum();
                assertThat(first.sheet(card).budget().amount())
                        .as("budget of %s after %d stored raises", stored1.title(), raises)
                        .isEqualByComparingTo(budgetsBefore.get(card).add(BigDecimal.valueOf(raises)));
            }
        } finally {
            TestStores.drop(location);
        }
    }

    @Test
    void votesCastOnTwoLaptopsAtOnceAllCount() throws Exception {
        StoreLocation location = TestStores.fresh(kind, dir);
        try (Store first = Store.create(location, tx -> Seeder.seed(tx, Seeder.Content.SAMPLE));
             Store second = Store.open(location)) {
            List<Card> cards = first.plan().orElseThrow().cards();
            var round = new de.werkbank.workshop.VoteRound(UUID.randomUUID(), "Mobilität priorisieren",
                    de.werkbank.workshop.VoteRound.Subject.CARDS, null, 3, 2, 0, "anna", java.time.Instant.now(),
                    false, List.of());
            new PlanEditor(first, () -> "anna", Clock.systemUTC()).execute(new StartVoteRound(round));
            CountDownLatch start = new CountDownLatch(1);
            Map<String, Map<UUID, Integer>> cast = new ConcurrentHashMap<>();
            CompletableFuture<?>[] laptops = new CompletableFuture<?>[2];
            Store[] stores = {first, second};
            for (int l = 0; l < 2; l++) {
                int laptop = l;
                laptops[l] = CompletableFuture.runAsync(() -> {
                    PlanEditor editor = new PlanEditor(stores[laptop], () -> "laptop" + laptop, Clock.systemUTC());
                    Random random = new Random(laptop);
                    Map<UUID, Integer> mine = new HashMap<>();
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    for (int p = 0; p < 40; p++) {
                        Card card = cards.get(random.nextInt(cards.size()));
                        editor.execute(new CastVotes(round.id(), "Teilnehmer " + laptop + "-" + p, card.id(), card.title(), 1));
                        mine.merge(card.id(), 1, Integer::sum);
                    }
                    cast.put("laptop" + laptop, mine);
                });
            }
            start.countDown();
            CompletableFuture.allOf(laptops).get();
            var stored = first.workshop().voteRounds().stream().filter(r -> r.id().equals(round.id())).findFirst().orElseThrow();
            Map<UUID, Integer> expected = new HashMap<>();
            cast.values().forEach(m -> m.forEach((card, n) -> expected.merge(card, n, Integer::sum)));
            Map<UUID, Integer> counted = new HashMap<>();
            stored.votes().forEach(v -> counted.merge(v.item(), v.count(), Integer::sum));
            assertThat(stored.votes()).hasSize(80);
            assertThat(counted).isEqualTo(expected);
        } finally {
            TestStores.drop(location);
        }
    }

    private static Tally client(Store store, String user, long seed, List<UUID> cards, CountDownLatch start) {
        Random random = new Random(seed);
        PlanEditor editor = new PlanEditor(store, () -> user, Clock.systemUTC());
        Tally tally = new Tally();
        try {
            start.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        Plan seen = store.plan().orElseThrow();
        for (int i = 0; i < EDITS; i++) {
            UUID id = cards.get(random.nextInt(cards.size()));
            try {
                if (random.nextBoolean()) {
                    Card card = seen.cards().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
                    PlanColumn target = seen.columns().get(random.nextInt(seen.columns().size()));
                    editor.execute(new MoveCard(card, target, 0));
                    tally.moves.add(new Move(id, card.version() + 1, target.id()));
                } else {
                    Werkzeugblatt sheet = store.sheet(id);
                    pause(random);
                    BigDecimal before = sheet.budget() == null ? BigDecimal.ZERO : sheet.budget().amount();
                    Werkzeugblatt raised = sheet.with(d -> d.budget = new Budget(before.add(BigDecimal.ONE), "Kreis"));
                    store.transaction(tx -> tx.sheets().save(raised, id.toString()));
                    tally.raises.merge(id, 1, Integer::sum);
                }
                tally.stored++;
            } catch (PlanConflictException conflict) {
                tally.conflicts++;
                seen = store.plan().orElseThrow();
            }
            if (random.nextInt(4) == 0) {
                seen = store.plan().orElseThrow();
            }
        }
        return tally;
    }

    private static void pause(Random random) {
        try {
            Thread.sleep(random.nextInt(3));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
