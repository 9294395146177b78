package de.werkbank.crash;

import de.werkbank.catalogue.Werkzeug;
import de.werkbank.plan.Card;
import de.werkbank.plan.CreateCard;
import de.werkbank.plan.EditSheet;
import de.werkbank.plan.MoveCard;
import de.werkbank.plan.Plan;
import de.werkbank.plan.PlanColumn;
import de.werkbank.plan.PlanCommand;
import de.werkbank.sheet.Step;
import de.werkbank.sheet.Werkzeugblatt;
import de.werkbank.store.Store;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The edits of the crash test, numbered from 1: edit {@code n} depends only on {@code n} (not on the
 * store), so the test can say what a store must hold after the first {@code n} edits. The cards edited
 * are the plan's initial cards, by title; columns by their place.
 */
final class EditScript {

    enum Kind { MOVE, CREATE, GOAL, STEP }

    record Edit(int n, Kind kind, int card, int column, int tool) {
    }

    private EditScript() {
    }

    static Edit edit(int n, int cards, int columns, int tools) {
        Random r = new Random(0x5eed_0000L + n);
        Kind kind = Kind.values()[r.nextInt(Kind.values().length)];
        return new Edit(n, kind, r.nextInt(cards), r.nextInt(columns), r.nextInt(tools));
    }

    static String createdTitle(int n) {
        return "Absturztest " + n;
    }

    static String goal(int n) {
        return "Ziel nach Änderung " + n;
    }

    static String step(int n) {
        return "Schritt " + n;
    }

    /** The plan's cards from before the test: not created by it, by title. */
    static List<Card> initialCards(Plan plan) {
        return plan.cards().stream().filter(c -> !c.title().startsWith("Absturztest "))
                .sorted(Comparator.comparing(Card::title)).toList();
    }

    /** The command for edit {@code e} on the store as it is now. */
    static PlanCommand command(Edit e, Store store) {
        Plan plan = store.plan().orElseThrow();
        List<Card> cards = initialCards(plan);
        Card card = cards.get(e.card());
        PlanColumn column = plan.columns().get(e.column());
        return switch (e.kind()) {
            case MOVE -> new MoveCard(card, moveTarget(plan.columns(), card.column(), e.column()), 0);
            case CREATE -> {
                Werkzeug tool = store.catalogue().active().get(e.tool());
                yield new CreateCard(renamed(tool, createdTitle(e.n())), column, 0, Instant.now());
            }
            case GOAL -> {
                Werkzeugblatt sheet = store.sheet(card.id());
                yield new EditSheet(sheet, sheet.with(d -> d.goal = goal(e.n())), card.title());
            }
            case STEP -> {
                Werkzeugblatt sheet = store.sheet(card.id());
                yield new EditSheet(sheet, sheet.with(d -> d.steps.add(Step.of(step(e.n())))), card.title());
            }
        };
    }

    /** The edit's column, or the next one if the card is there already: every move changes the plan. */
    static PlanColumn moveTarget(List<PlanColumn> columns, java.util.UUID current, int column) {
        PlanColumn target = columns.get(column);
        return target.id().equals(current) ? columns.get((column + 1) % columns.size()) : target;
    }

    private static Werkzeug renamed(Werkzeug tool, String title) {
        return new Werkzeug(tool.id(), tool.code(), title, tool.description(), tool.handlungsfeld(), tool.kind(),
                tool.targetGroups(), tool.leadOffice(), tool.tags(), tool.retired());
    }
}
