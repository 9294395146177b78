package de.werkbank.plan;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.content.StoreContent;
import de.werkbank.seed.Seeder;
import de.werkbank.sheet.Step;
import de.werkbank.sheet.Werkzeugblatt;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Undo and redo steps are stored with the plan: closing and opening the store keeps them. */
class UndoAcrossRestartsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Store open() {
        StoreLocation location = StoreLocation.in(dir);
        return Store.exists(location) ? Store.open(location)
                : Store.create(location, tx -> Seeder.seed(tx, Seeder.Content.SAMPLE));
    }

    /** The plan's content without the history, which grows with every step. */
    private static StoreContent withoutHistory(StoreContent c) {
        return new StoreContent(c.catalogueVersion(), c.catalogue(), c.areas(), c.registry(), c.plan(),
                c.archivedCards(), c.sheets(), java.util.List.of());
    }

    @Test
    void everyKindOfStepCanBeUndoneAfterARestartAndRedoneAfterAnother() {
        StoreContent original;
        StoreContent changed;
        try (Store store = open()) {
            original = withoutHistory(store.content());
            PlanEditor editor = new PlanEditor(store, () -> "anna", CLOCK);
            Plan plan = store.plan().orElseThrow();
            Card card = plan.cardsIn(plan.columns().get(0).id()).get(0);
            editor.execute(new MoveCard(card, plan.columns().get(2), 1));
            editor.execute(new CreateCard(store.catalogue().werkzeugByCode("W-085").orElseThrow(), plan.columns().get(1), 0,
                    CLOCK.instant()));
            editor.execute(new EditColumn(plan.columns().get(3), plan.columns().get(3).limitedTo(2)));
            editor.execute(new AddColumn("Später", 5));
            Card bus = plan.cards().stream().filter(c -> c.title().startsWith("Bürgerbus")).findFirst().orElseThrow();
            Werkzeugblatt sheet = store.sheet(bus.id());
            editor.execute(new EditSheet(sheet, sheet.with(d -> d.steps.add(Step.of("Neu"))), bus.title()));
            editor.execute(new ArchiveCard(store.plan().orElseThrow().cardsIn(plan.columns().get(4).id()).get(0)));
            editor.execute(new SetSwimlanes(true));
            Card welcome = store.plan().orElseThrow().cards().stream().filter(c -> c.title().startsWith("Welcome"))
                    .findFirst().orElseThrow();
            editor.execute(new MoveCard(welcome, plan.columns().get(3), 0,
                    store.catalogue().handlungsfeld("BILDUNG").orElseThrow()));
            changed = withoutHistory(store.content());
        }
        try (Store store = open()) {
            PlanEditor editor = new PlanEditor(store, () -> "anna", CLOCK);
            assertThat(editor.canUndo()).isTrue();
            assertThat(editor.undoDescription()).get().asString().contains("Handlungsfeld");
            for (int i = 0; i < 8; i++) {
                editor.undo();
            }
            assertThat(editor.canUndo()).isFalse();
            assertThat(withoutHistory(store.content())).usingRecursiveComparison()
                    .ignoringFieldsMatchingRegexes(".*version", ".*position").isEqualTo(original);
        }
        try (Store store = open()) {
            PlanEditor editor = new PlanEditor(store, () -> "anna", CLOCK);
            assertThat(editor.canRedo()).isTrue();
            for (int i = 0; i < 8; i++) {
                editor.redo();
            }
            assertThat(withoutHistory(store.content())).usingRecursiveComparison()
                    .ignoringFieldsMatchingRegexes(".*version", ".*position").isEqualTo(changed);
        }
    }

    @Test
    void onlyTheLastHundredStepsAreKept() {
        try (Store store = open()) {
            PlanEditor editor = new PlanEditor(store, () -> "anna", CLOCK);
            for (int i = 0; i < PlanEditor.UNDO_LIMIT + 5; i++) {
                PlanColumn first = store.plan().orElseThrow().columns().get(0);
                editor.execute(new EditColumn(first, first.named("Vorschlag " + i)));
            }
        }
        try (Store store = open()) {
            PlanEditor editor = new PlanEditor(store, () -> "anna", CLOCK);
            int steps = 0;
            while (editor.canUndo()) {
                editor.undo();
                steps++;
            }
            assertThat(steps).isEqualTo(PlanEditor.UNDO_LIMIT);
            assertThat(store.plan().orElseThrow().columns().get(0).name()).isEqualTo("Vorschlag 4");
        }
    }
}
