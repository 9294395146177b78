package de.werkbank.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.werkbank.sheet.Actor;
import de.werkbank.sheet.Budget;
import de.werkbank.sheet.Indicator;
import de.werkbank.sheet.Step;
import de.werkbank.sheet.StepStatus;
import de.werkbank.sheet.Werkzeugblatt;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EditSheetTest extends SampleStoreTest {

    private Card card;

    @BeforeEach
    void findCard() {
        card = store.plan().orElseThrow().cards().stream()
                .filter(c -> c.title().equals("Bürgerbus Nideggen–Heimbach")).findFirst().orElseThrow();
    }

    private Werkzeugblatt sheet() {
        return store.sheet(card.id());
    }

    private void edit(Consumer<Werkzeugblatt.Draft> change) {
        Werkzeugblatt before = sheet();
        editor.execute(new EditSheet(before, before.with(change), card.title()));
    }

    @Test
    void theSamplePlanComesWithFilledSheets() {
        Werkzeugblatt s = sheet();
        assertThat(s.goal()).isNotBlank();
        assertThat(s.areas()).contains("05358044", "05358012");
        assertThat(s.steps()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(s.steps()).extracting(Step::status).contains(StepStatus.DONE, StepStatus.BLOCKED);
        assertThat(s.dependsOn()).hasSize(1);
        assertThat(store.actors()).extracting(Actor::name).contains("Jugendamt", "Sabine Krämer");
    }

    @Test
    void everyKindOfEditIsStoredAndUndoRestoresTheExactPreviousSheet() {
        Werkzeugblatt original = sheet();
        UUID office = store.actors().stream().filter(a -> a.name().equals("Sozialamt")).findFirst().orElseThrow().id();
        edit(d -> {
            d.goal = "Neues Ziel";
            d.leadOffice = office;
            d.budget = new Budget(new BigDecimal("1234.5"), "Kreishaushalt");
            d.indicators.add(new Indicator(UUID.randomUUID(), "Fahrten", "je Woche", BigDecimal.ZERO,
                    new BigDecimal("40"), LocalDate.of(2027, 6, 30)));
            d.areas.add("05358008");
            d.steps.add(Step.of("Fahrplan abstimmen"));
        });
        Werkzeugblatt changed = sheet();
        assertThat(changed.goal()).isEqualTo("Neues Ziel");
        assertThat(changed.leadOffice()).isEqualTo(office);
        assertThat(changed.budget().amount()).isEqualByComparingTo("1234.50");
        assertThat(changed.areas()).endsWith("05358008");
        assertThat(changed.steps()).last().extracting(Step::text).isEqualTo("Fahrplan abstimmen");
        assertThat(changed.version()).isEqualTo(original.version() + 1);

        editor.undo();
        assertThat(sheet().withVersion(0)).isEqualTo(original.withVersion(0));
        editor.redo();
        assertThat(sheet().withVersion(0)).isEqualTo(changed.withVersion(0));
    }

    @Test
    void aSheetCanBeStartedOnACardThatHasNone() {
        Card fresh = store.plan().orElseThrow().cards().stream().filter(c -> store.sheet(c.id()).version() == 0)
                .findFirst().orElse(null);
        UUID id = fresh == null ? addCard() : fresh.id();
        Werkzeugblatt blank = store.sheet(id);
        editor.execute(new EditSheet(blank, blank.with(d -> d.steps.add(Step.of("Erster Schritt"))), "x"));
        assertThat(store.sheet(id).steps()).extracting(Step::text).containsExactly("Erster Schritt");
        editor.undo();
        assertThat(store.sheet(id).steps()).isEmpty();
        editor.undo();
    }

    private UUID addCard() {
        PlanColumn first = store.plan().orElseThrow().columns().get(0);
        CreateCard create = new CreateCard(store.catalogue().werkzeugByCode("W-085").orElseThrow(), first, 0, NOW);
        editor.execute(create);
        return create.cardId();
    }

    @Test
    void anEndBeforeTheStartOrANegativeBudgetIsRefusedAndNothingIsStored() {
        Werkzeugblatt before = sheet();
        assertThatThrownBy(() -> edit(d -> d.end = d.start.minusDays(1)))
                .isInstanceOf(PlanRuleException.class).hasMessageContaining("Ende liegt vor dem Beginn");
        assertThatThrownBy(() -> edit(d -> d.budget = new Budget(new BigDecimal("-1"), "")))
                .isInstanceOf(PlanRuleException.class).hasMessageContaining("nicht negativ");
        assertThat(sheet()).isEqualTo(before);
        assertThat(editor.canUndo()).isFalse();
    }

    @Test
    void aSheetChangedElsewhereSinceTheUserSawItIsNotOverwritten() {
        Werkzeugblatt seen = sheet();
        edit(d -> d.goal = "Von Anna");
        assertThatThrownBy(() -> editor.execute(new EditSheet(seen, seen.with(d -> d.goal = "Von Ben"), card.title())))
                .isInstanceOf(PlanConflictException.class);
        assertThat(sheet().goal()).isEqualTo("Von Anna");
    }

    @Test
    void theHistorySaysWhichStepWasCompletedAndByWhom() {
        Step open = sheet().steps().stream().filter(s -> !s.done()).findFirst().orElseThrow();
        edit(d -> d.replaceStep(open.withStatus(StepStatus.DONE)));
        var last = store.history().get(store.history().size() - 1);
        assertThat(last.who()).isEqualTo("anna");
        assertThat(last.description()).contains("Bürgerbus", open.text(), "erledigt");
    }

    @Test
    void reorderingStepsIsOneUndoableStep() {
        List<UUID> order = sheet().steps().stream().map(Step::id).toList();
        edit(d -> d.steps.add(0, d.steps.remove(d.steps.size() - 1)));
        assertThat(sheet().steps().get(0).id()).isEqualTo(order.get(order.size() - 1));
        assertThat(store.history().get(store.history().size() - 1).description()).contains("neu geordnet");
        editor.undo();
        assertThat(sheet().steps().stream().map(Step::id).toList()).isEqualTo(order);
    }

    @Test
    void undoingACreatedCardAlsoRemovesTheSheetWrittenOnIt() {
        UUID id = addCard();
        Werkzeugblatt blank = store.sheet(id);
        editor.execute(new EditSheet(blank, blank.with(d -> d.goal = "Ziel"), "x"));
        editor.undo();
        editor.undo();
        assertThat(store.card(id)).isEmpty();
        editor.redo();
        editor.redo();
        assertThat(store.sheet(id).goal()).isEqualTo("Ziel");
    }
}
