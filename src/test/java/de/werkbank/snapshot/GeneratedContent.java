package de.werkbank.snapshot;

import de.werkbank.area.Area;
import de.werkbank.catalogue.Catalogue;
import de.werkbank.catalogue.Handlungsfeld;
import de.werkbank.catalogue.Kind;
import de.werkbank.catalogue.Werkzeug;
import de.werkbank.content.StoreContent;
import de.werkbank.plan.Card;
import de.werkbank.plan.HistoryEntry;
import de.werkbank.plan.Plan;
import de.werkbank.plan.PlanColumn;
import de.werkbank.plan.Positions;
import de.werkbank.sheet.Actor;
import de.werkbank.sheet.Budget;
import de.werkbank.sheet.Indicator;
import de.werkbank.sheet.Step;
import de.werkbank.sheet.StepStatus;
import de.werkbank.sheet.Werkzeugblatt;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** Plans of any size made up from a seed: the same seed gives the same plan. */
public final class GeneratedContent {

    private final Random random;

    private GeneratedContent(long seed) {
        this.random = new Random(seed);
    }

    private UUID id() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    /**
     * @param cards how many cards (some archived)
     * @param steps steps per card with a sheet
     * @param history how many history entries
     */
    public static StoreContent of(long seed, int cards, int steps, int history) {
        return new GeneratedContent(seed).build(cards, steps, history);
    }

    private StoreContent build(int cardCount, int stepCount, int historyCount) {
        String[] keys = {"FACHKRAEFTE", "BILDUNG", "TEILHABE", "MOBILITAET", "WOHNEN"};
        List<Handlungsfeld> fields = new ArrayList<>();
        Map<String, String> visions = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            fields.add(new Handlungsfeld(id(), keys[i], "Feld " + i, "Handlungsfeld " + i, "#1F6FD" + i, i));
            visions.put(keys[i], "Zukunftsbild „" + i + "“ – Düren 2030");
        }
        List<Werkzeug> tools = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            tools.add(new Werkzeug(id(), String.format("W-%03d", i), "Werkzeug " + i + " – Ökö", "Beschreibung " + i,
                    keys[i % keys.length], i % 2 == 0 ? Kind.BLUE : Kind.GREEN, List.of("Jugendliche"), "Jugendamt",
                    List.of("tag" + i)));
        }
        List<Area> areas = new ArrayList<>();
        areas.add(new Area(id(), "05358000", "Kreis Düren", Area.Level.KREIS, null));
        for (int i = 1; i <= 15; i++) {
            areas.add(new Area(id(), String.format("05358%03d", i * 4), "Kommune " + i, Area.Level.KOMMUNE, "05358000"));
        }
        List<Actor> registry = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            registry.add(new Actor(id(), Actor.Kind.OFFICE, "Amt " + i, "A " + i, null, ""));
        }
        for (int i = 0; i < 20; i++) {
            registry.add(new Actor(id(), Actor.Kind.PERSON, "Person " + i, "", registry.get(i).id(), "Rolle " + i));
        }
        List<PlanColumn> columns = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            columns.add(new PlanColumn(id(), "Spalte " + i, i, i == 2 ? 7 : null, 0));
        }
        Instant base = Instant.parse("2026-01-01T08:00:00Z");
        Map<UUID, Integer> filled = new HashMap<>();
        List<Card> onBoard = new ArrayList<>();
        List<Card> archived = new ArrayList<>();
        Map<UUID, Werkzeugblatt> sheets = new HashMap<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < cardCount; i++) {
            Werkzeug tool = tools.get(random.nextInt(tools.size()));
            PlanColumn column = columns.get(random.nextInt(columns.size()));
            Card card = new Card(id(), tool.id(), tool.handlungsfeld(), column.id(),
                    Positions.renumbered(filled.merge(column.id(), 1, Integer::sum) - 1), tool.title() + " #" + i,
                    base.plusSeconds(i * 61L), 0);
            (random.nextInt(20) == 0 ? archived : onBoard).add(card);
            ids.add(card.id());
            if (random.nextInt(4) != 0) {
                sheets.put(card.id(), sheet(card.id(), ids, registry, areas, stepCount));
            }
        }
        onBoard.sort(java.util.Comparator.comparing((Card c) -> columns.stream().map(PlanColumn::id).toList()
                .indexOf(c.column())).thenComparingLong(Card::position));
        List<HistoryEntry> history = new ArrayList<>();
        for (int i = 0; i < historyCount; i++) {
            history.add(new HistoryEntry(id(), base.plusSeconds(i * 7L), "Person " + (i % 20), "Änderung " + i,
                    i % 2 == 0 ? null : "{\"kind\":\"setSwimlanes\",\"state\":{\"on\":" + (i % 4 == 1) + "}}"));
        }
        Plan plan = new Plan(id(), "Werkstattplan", random.nextBoolean(), columns, onBoard);
        return new StoreContent(1 + random.nextInt(5), new Catalogue(fields, visions, tools), areas, registry, plan,
                archived, sheets, history);
    }

    private Werkzeugblatt sheet(UUID card, List<UUID> earlier, List<Actor> registry, List<Area> areas, int stepCount) {
        LocalDate start = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300));
        LocalDate end = start.plusDays(30 + random.nextInt(700));
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < stepCount; i++) {
            steps.add(new Step(id(), "Schritt " + i + " für „Maßnahme“", registry.get(random.nextInt(registry.size())).id(),
                    "mit Partnern", start.plusDays(random.nextInt(400)),
                    StepStatus.values()[random.nextInt(StepStatus.values().length)], random.nextBoolean() ? "" : "Notiz"));
        }
        List<UUID> dependsOn = earlier.size() > 1 && random.nextBoolean()
                ? List.of(earlier.get(random.nextInt(earlier.size() - 1))) : List.of();
        return new Werkzeugblatt(card, "Ziel " + card.toString().substring(0, 4), "Beschreibung", List.of("Ältere"),
                registry.get(random.nextInt(20)).id(), registry.get(20 + random.nextInt(20)).id(),
                List.of("Stadt Jülich", "IHK Aachen"), List.of(areas.get(1 + random.nextInt(15)).key()), start, end,
                random.nextBoolean() ? new Budget(new BigDecimal(random.nextInt(100000) + ".5"), "Kreishaushalt") : null,
                List.of(new Indicator(id(), "Teilnehmende", "Personen", BigDecimal.ZERO, new BigDecimal("120.25"), end)),
                dependsOn.contains(card) ? List.of() : dependsOn, steps, 0);
    }
}
