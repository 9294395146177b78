package de.werkbank.bench;

import de.werkbank.area.Area;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.plan.Card;
import de.werkbank.plan.Plan;
import de.werkbank.plan.PlanColumn;
import de.werkbank.plan.Positions;
import de.werkbank.seed.Seeder;
import de.werkbank.sheet.Actor;
import de.werkbank.sheet.Indicator;
import de.werkbank.sheet.Step;
import de.werkbank.sheet.StepStatus;
import de.werkbank.sheet.Werkzeugblatt;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A store for the board benchmark: the sample data, swimlanes on, and generated cards (fixed seed)
 * spread over the columns, each with a Werkzeugblatt of 5 steps and 2 indicators as a real plan has
 * them (steps due before and after today, some done, some overdue), so the board computes progress,
 * due dates and overdue marks as on screen.
 */
final class BoardPlan {

    private static final long SEED = 20261126L;
    static final int STEPS = 5;
    static final int INDICATORS = 2;

    private BoardPlan() {
    }

    /** A new store in {@code dir} holding {@code cards} cards in all. */
    static StoreLocation create(Path dir, int cards, LocalDate today) {
        StoreLocation location = StoreLocation.in(dir);
        try (Store store = Store.create(location, tx -> Seeder.seed(tx, Seeder.Content.SAMPLE))) {
            fill(store, cards, today);
        }
        return location;
    }

    /** A copy of the closed store's folder: another database with the same content. */
    static StoreLocation copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.getFileName().toString().endsWith(".lock.db")) {
                    Files.copy(f, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return StoreLocation.in(to);
    }

    private static void fill(Store store, int cards, LocalDate today) {
        List<Werkzeug> tools = store.catalogue().werkzeuge();
        List<UUID> offices = store.actors().stream().filter(a -> a.kind() == Actor.Kind.OFFICE).map(Actor::id).toList();
        List<UUID> people = store.actors().stream().filter(a -> a.kind() == Actor.Kind.PERSON).map(Actor::id).toList();
        List<String> areas = store.areas().stream().filter(a -> a.level() == Area.Level.KOMMUNE).map(Area::key).toList();
        Plan plan = store.plan().orElseThrow();
        List<PlanColumn> columns = plan.columns();
        Random random = new Random(SEED);
        int existing = plan.cards().size();
        store.transaction(tx -> {
            long[] next = new long[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                next[i] = plan.cardsIn(columns.get(i).id()).size();
            }
            tx.plan().setSwimlanes(true, tx.plan().planVersion());
            for (int i = existing; i < cards; i++) {
                int c = random.nextInt(columns.size());
                Werkzeug tool = tools.get(random.nextInt(tools.size()));
                Card card = new Card(UUID.randomUUID(), tool.id(), tool.handlungsfeld(), columns.get(c).id(),
                        Positions.renumbered((int) next[c]++), tool.title() + " " + i, Instant.EPOCH, 0);
                tx.plan().insertCard(card);
                tx.sheets().save(sheet(card.id(), random, today, offices, people, areas), card.title());
            }
            return null;
        });
        if (store.sheetOutlines().size() < cards - existing) {
            throw new IllegalStateException("the generated cards did not all get their sheet");
        }
    }

    private static Werkzeugblatt sheet(UUID card, Random random, LocalDate today, List<UUID> offices, List<UUID> people,
                                       List<String> areas) {
        LocalDate start = today.minusDays(30 + random.nextInt(300));
        LocalDate end = today.plusDays(30 + random.nextInt(700));
        List<Step> steps = new java.util.ArrayList<>();
        for (int i = 0; i < STEPS; i++) {
            LocalDate due = today.plusDays(-120 + random.nextInt(360));
            StepStatus status = StepStatus.values()[random.nextInt(StepStatus.values().length)];
            steps.add(new Step(UUID.randomUUID(), "Schritt " + (i + 1) + ": Abstimmung mit den Partnern",
                    people.get(random.nextInt(people.size())), "Kommunen", due, status, i % 2 == 0 ? "" : "Notiz"));
        }
        List<Indicator> indicators = List.of(
                new Indicator(UUID.randomUUID(), "Teilnehmende", "Personen", BigDecimal.ZERO, new BigDecimal(50 + random.nextInt(200)), end),
                new Indicator(UUID.randomUUID(), "Angebote", "Anzahl", BigDecimal.ONE, new BigDecimal(2 + random.nextInt(20)), end));
        return new Werkzeugblatt(card, "Ziel der Maßnahme", "Beschreibung", List.of("Ältere", "Familien"),
                offices.get(random.nextInt(offices.size())), people.get(random.nextInt(people.size())),
                List.of("Stadt Jülich"), List.of(areas.get(random.nextInt(areas.size()))), start, end, null,
                indicators, List.of(), steps, 0);
    }
}
