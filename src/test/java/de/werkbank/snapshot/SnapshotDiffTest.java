package de.werkbank.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.content.StoreContent;
import de.werkbank.plan.ArchiveCard;
import de.werkbank.plan.Card;
import de.werkbank.plan.EditSheet;
import de.werkbank.plan.MoveCard;
import de.werkbank.plan.Plan;
import de.werkbank.plan.PlanEditor;
import de.werkbank.seed.Seeder;
import de.werkbank.sheet.Step;
import de.werkbank.sheet.StepStatus;
import de.werkbank.sheet.Werkzeugblatt;
import de.werkbank.store.Store;
import de.werkbank.store.StoreLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotDiffTest {

    @TempDir
    Path dir;

    @Test
    void listsMovedArchivedEditedAndStepChangesSinceTheLastSnapshot() {
        try (Store store = Store.create(StoreLocation.in(dir), tx -> Seeder.seed(tx, Seeder.Content.SAMPLE))) {
            StoreContent before = store.content();
            PlanEditor editor = new PlanEditor(store, () -> "anna", Clock.systemUTC());
            Plan plan = store.plan().orElseThrow();
            Card moved = plan.cardsIn(plan.columns().get(0).id()).get(0);
            editor.execute(new MoveCard(moved, plan.columns().get(3), 0));
            Card archived = plan.cardsIn(plan.columns().get(1).id()).get(0);
            editor.execute(new ArchiveCard(archived));
            Card bus = plan.cards().stream().filter(c -> c.title().startsWith("Bürgerbus")).findFirst().orElseThrow();
            Werkzeugblatt sheet = store.sheet(bus.id());
            Step open = sheet.steps().stream().filter(s -> !s.done()).findFirst().orElseThrow();
            editor.execute(new EditSheet(sheet, sheet.with(d -> {
                d.goal = "Neues Ziel";
                d.replaceStep(open.withStatus(StepStatus.DONE));
                d.steps.add(Step.of("Fahrplan drucken"));
            }), bus.title()));

            List<SnapshotDiff.Change> changes = SnapshotDiff.between(before, store.content());
            assertThat(changes).extracting(SnapshotDiff.Change::describe).containsExactlyInAnyOrder(
                    "„" + moved.title() + "“ verschoben: „Vorschlag“ → „In Umsetzung“",
                    "„" + archived.title() + "“ verschoben: „Ausgewählt“ → „Archiv“",
                    "„Bürgerbus Nideggen–Heimbach“ geändert: Ziel",
                    "„Bürgerbus Nideggen–Heimbach“: Schritt „" + open.text() + "“ erledigt",
                    "„Bürgerbus Nideggen–Heimbach“: Schritt „Fahrplan drucken“ hinzugefügt");
            assertThat(SnapshotDiff.between(before, before)).isEmpty();
        }
    }
}
