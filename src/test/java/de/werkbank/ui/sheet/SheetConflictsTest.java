package de.werkbank.ui.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.plan.Card;
import de.werkbank.plan.EditSheet;
import de.werkbank.plan.PlanEditor;
import de.werkbank.session.Session;
import de.werkbank.sheet.Step;
import de.werkbank.sheet.Werkzeugblatt;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An open sheet whose card someone else changes meanwhile, in another process (a store and editor of its own). */
class SheetConflictsTest {

    @TempDir
    Path dir;

    private Session session;
    private Card card;
    private SheetViewModel model;

    @BeforeEach
    void open() {
        session = Session.openOrCreate(StoreLocation.in(dir));
        card = session.store().plan().orElseThrow().cards().stream().filter(c -> c.title().startsWith("Bürgerbus"))
                .findFirst().orElseThrow();
        model = new SheetViewModel(session, Clock.systemUTC(), card.id(), card.title(), List.of());
    }

    @AfterEach
    void close() {
        session.close();
    }

    private void elsewhere(Consumer<Werkzeugblatt.Draft> edit) {
        try (Store store = Store.open(StoreLocation.in(dir))) {
            Werkzeugblatt sheet = store.sheet(card.id());
            new PlanEditor(store, () -> "ben", Clock.systemUTC()).execute(new EditSheet(sheet, sheet.with(edit), card.title()));
        }
    }

    @Test
    void whenBothWroteTheSameThereIsNoConflict() {
        elsewhere(d -> d.goal = "Gleich");
        assertThat(model.edit(d -> d.goal = "Gleich")).isEmpty();
        assertThat(model.conflicts()).isEmpty();
        assertThat(model.sheet().goal()).isEqualTo("Gleich");
    }

    @Test
    void aStepAddedWhileSomeoneElseAddedOneWaitsAtTheStepsAndIsKeptOnRequest() {
        elsewhere(d -> d.steps.add(Step.of("Von Ben")));
        assertThat(model.addStep("Von Anna")).isEmpty();

        assertThat(model.conflicts()).containsOnlyKeys(SheetConflicts.STEPS);
        assertThat(model.theirs(SheetConflicts.STEPS)).endsWith("Von Ben");
        assertThat(model.shownSheet().steps()).extracting(Step::text).contains("Von Anna").doesNotContain("Von Ben");

        model.keepMine(SheetConflicts.STEPS);
        assertThat(session.store().sheet(card.id()).steps()).extracting(Step::text)
                .contains("Von Anna").doesNotContain("Von Ben");
        assertThat(model.conflicts()).isEmpty();
    }

    @Test
    void anEditOfAWaitingFieldJoinsTheWaitingEditAndIsNotStoredUntilTheUserChooses() {
        elsewhere(d -> d.goal = "Von Ben");
        model.edit(d -> d.goal = "Erste Fassung");
        model.edit(d -> d.goal = "Zweite Fassung");
        assertThat(model.shownSheet().goal()).isEqualTo("Zweite Fassung");
        assertThat(session.store().sheet(card.id()).goal()).isEqualTo("Von Ben");

        model.takeTheirs("sheet.goal");
        assertThat(model.shownSheet().goal()).isEqualTo("Von Ben");
        assertThat(model.conflicts()).isEmpty();
    }
}
