package de.werkbank.seed;

import de.werkbank.plan.Card;
import de.werkbank.sheet.Actor;
import de.werkbank.sheet.Budget;
import de.werkbank.sheet.DataLink;
import de.werkbank.sheet.Indicator;
import de.werkbank.sheet.Measurement;
import de.werkbank.sheet.Step;
import de.werkbank.sheet.StepStatus;
import de.werkbank.sheet.Werkzeugblatt;
import de.werkbank.store.StoreTransaction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Seeds the registry of offices and people and the Werkzeugblätter of the sample plan. */
final class SampleSheets {

    private final Map<String, UUID> actors = new HashMap<>();

    private SampleSheets() {
    }

    /** The typical offices of a Kreisverwaltung, which every new store starts with. */
    static void addOffices(StoreTransaction tx) {
        SampleData.registry().offices().forEach(o -> tx.actors().addIfAbsent(Actor.office(o.name(), o.shortName())));
    }

    /** The offices and the (made-up) people of the sample. */
    static void addRegistry(StoreTransaction tx) {
        SampleData.RegistryFile file = SampleData.registry();
        addOffices(tx);
        Map<String, UUID> offices = byName(tx, Actor.Kind.OFFICE);
        for (SampleData.PersonEntry p : file.people()) {
            UUID office = Optional.ofNullable(offices.get(p.office()))
                    .orElseThrow(() -> new IllegalStateException("sample person in unknown office " + p.office()));
            tx.actors().addIfAbsent(Actor.person(p.name(), office, p.role()));
        }
    }

    /**
     * Stores the sheets of the sample plan's cards.
     *
     * @param cards the cards made from the sample plan's entries, in the entries' order
     */
    static void addSheets(StoreTransaction tx, List<SampleData.CardEntry> entries, List<Card> cards) {
        SampleSheets sheets = new SampleSheets();
        byName(tx, Actor.Kind.OFFICE).forEach(sheets.actors::put);
        byName(tx, Actor.Kind.PERSON).forEach(sheets.actors::put);
        Map<String, UUID> cardByTool = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            cardByTool.put(entries.get(i).werkzeug(), cards.get(i).id());
        }
        for (int i = 0; i < entries.size(); i++) {
            SampleData.SheetEntry s = entries.get(i).sheet();
            if (s != null) {
                tx.sheets().save(sheets.sheet(cards.get(i), s, cardByTool), cards.get(i).title());
            }
        }
    }

    private Werkzeugblatt sheet(Card card, SampleData.SheetEntry s, Map<String, UUID> cardByTool) {
        Budget budget = s.budget() == null ? null : new Budget(s.budget().amount(), s.budget().source());
        List<Indicator> indicators = list(s.indicators()).stream()
                .map(x -> new Indicator(UUID.randomUUID(), x.name(), x.unit(), x.baseline(), x.target(), x.targetDate(),
                        list(x.measurements()).stream().map(m -> new Measurement(m.date(), m.value(), m.note())).toList(),
                        x.link() == null ? null : new DataLink(x.link().figure(), x.link().area())))
                .toList();
        List<UUID> dependsOn = list(s.dependsOn()).stream().map(code -> Optional.ofNullable(cardByTool.get(code))
                .orElseThrow(() -> new IllegalStateException("sample sheet depends on unplanned " + code))).toList();
        List<Step> steps = list(s.steps()).stream()
                .map(x -> new Step(UUID.randomUUID(), x.text(), actor(x.who()), x.withWhom(), x.due(),
                        StepStatus.valueOf(x.status()), x.note()))
                .toList();
        return new Werkzeugblatt(card.id(), s.goal(), s.description(), list(s.targetGroups()), actor(s.leadOffice()),
                actor(s.contact()), list(s.partners()), list(s.areas()), s.start(), s.end(), budget, indicators,
                dependsOn, steps, 0);
    }

    private UUID actor(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return Optional.ofNullable(actors.get(name))
                .orElseThrow(() -> new IllegalStateException("sample sheet names unknown office or person " + name));
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static Map<String, UUID> byName(StoreTransaction tx, Actor.Kind kind) {
        Map<String, UUID> result = new HashMap<>();
        tx.actors().all().stream().filter(a -> a.kind() == kind).forEach(a -> result.put(a.name(), a.id()));
        return result;
    }
}
