package de.werkbank.ui.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import de.werkbank.plan.Card;
import de.werkbank.session.Session;
import de.werkbank.sheet.Actor;
import de.werkbank.sheet.SheetField;
import de.werkbank.sheet.Step;
import de.werkbank.store.StoreLocation;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The open Werkzeugblatt's view-model, without a screen. */
class SheetViewModelTest {

    @TempDir
    Path dir;

    private Session session;
    private List<SheetViewModel.Measure> measures;

    @BeforeEach
    void open() {
        session = Session.openOrCreate(StoreLocation.in(dir));
        measures = session.store().plan().orElseThrow().cards().stream()
                .map(c -> new SheetViewModel.Measure(c.id(), c.title())).toList();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private SheetViewModel sheetOf(String title) {
        Card card = session.store().plan().orElseThrow().cards().stream().filter(c -> c.title().equals(title))
                .findFirst().orElseThrow();
        return new SheetViewModel(session, Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC),
                card.id(), title, measures);
    }

    @Test
    void aMeasureOthersDependOnNamesThemAsPrerequisiteFor() {
        assertThat(sheetOf("Ehrenamtsbörse Kreis Düren").prerequisiteFor())
                .containsExactlyInAnyOrder("Bürgerbus Nideggen–Heimbach", "Lernpatenschaften für Grundschulkinder");
        assertThat(sheetOf("Mitfahrbänke in den Dörfern").prerequisiteFor()).isEmpty();
    }

    @Test
    void theBudgetIsReadAsGermanUsersWriteItAndNonsenseIsRefusedAtTheField() {
        SheetViewModel sheet = sheetOf("Mitfahrbänke in den Dörfern");
        assertThat(sheet.setBudget("48.000,50", "Kreishaushalt")).isEmpty();
        assertThat(sheet.sheet().budget().amount()).isEqualByComparingTo(new BigDecimal("48000.50"));
        assertThat(session.store().sheet(sheet.sheet().card()).budget().source()).isEqualTo("Kreishaushalt");

        assertThat(sheet.setBudget("viel", "")).get().asString().contains("Betrag in Euro");
        assertThat(sheet.setBudget("-5", "")).get().asString().contains("nicht negativ");
        assertThat(sheet.messages()).containsKey(SheetField.BUDGET);
        assertThat(session.store().sheet(sheet.sheet().card()).budget().amount()).isEqualByComparingTo("48000.50");

        assertThat(sheet.setBudget("", "")).isEmpty();
        assertThat(sheet.sheet().budget()).isNull();
        assertThat(sheet.messages()).isEmpty();
    }

    @Test
    void stepsAreAddedMovedAndRemovedAndUndoFollowsInTheOpenSheet() {
        SheetViewModel sheet = sheetOf("Mitfahrbänke in den Dörfern");
        sheet.addStep("eins");
        sheet.addStep("zwei");
        sheet.addStep("  ");
        UUID zwei = sheet.sheet().steps().get(1).id();
        sheet.moveStep(zwei, 0);
        assertThat(sheet.sheet().steps()).extracting(Step::text).containsExactly("zwei", "eins");
        sheet.removeStep(zwei);
        assertThat(sheet.sheet().steps()).extracting(Step::text).containsExactly("eins");
        session.editor().undo();
        assertThat(sheet.sheet().steps()).extracting(Step::text).containsExactly("zwei", "eins");
    }

    @Test
    void aNewPersonJoinsTheRegistryInTheLeadOffice() {
        SheetViewModel sheet = sheetOf("Bürgerbus Nideggen–Heimbach");
        Actor person = sheet.addPerson("Erika Mustermann").orElseThrow();
        assertThat(person.office()).isEqualTo(sheet.sheet().leadOffice());
        assertThat(sheet.people()).extracting(Actor::name).contains("Erika Mustermann");
        assertThat(sheet.addPerson("Erika Mustermann")).contains(person);
        session.editor().undo();
        assertThat(session.store().actors()).extracting(Actor::name).doesNotContain("Erika Mustermann");
    }
}
