package de.werkbank.sheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The sheet of one measure on the plan: what it wants to reach, who leads it, where and when, with
 * what money, how success is measured, what it depends on, and its steps in order.
 *
 * <p>A sheet belongs to exactly one card ({@code card}); steps and indicators are parts of it and are
 * stored and locked with it (one {@code version} for the whole sheet).
 *
 * @param leadOffice the lead office (federführendes Amt) in the registry, or {@code null}
 * @param contact the contact person in the registry, or {@code null}
 * @param areas keys of the areas the measure works in
 * @param budget {@code null} when no budget is planned
 * @param dependsOn the cards (measures) this one needs first
 */
public record Werkzeugblatt(UUID card, String goal, String description, List<String> targetGroups,
                            UUID leadOffice, UUID contact, List<String> partners, List<String> areas,
                            LocalDate start, LocalDate end, Budget budget, List<Indicator> indicators,
                            List<UUID> dependsOn, List<Step> steps, int version) {

    public Werkzeugblatt {
        Objects.requireNonNull(card, "card");
        goal = goal == null ? "" : goal.strip();
        description = description == null ? "" : description.strip();
        targetGroups = List.copyOf(targetGroups);
        partners = List.copyOf(partners);
        areas = List.copyOf(areas);
        indicators = List.copyOf(indicators);
        dependsOn = List.copyOf(dependsOn);
        steps = List.copyOf(steps);
    }

    /** The sheet of a card nobody has filled in yet. */
    public static Werkzeugblatt blank(UUID card) {
        return new Werkzeugblatt(card, "", "", List.of(), null, null, List.of(), List.of(), null, null, null,
                List.of(), List.of(), List.of(), 0);
    }

    /** A copy with the changes {@code edit} makes to a draft of this sheet. */
    public Werkzeugblatt with(Consumer<Draft> edit) {
        Draft d = new Draft(this);
        edit.accept(d);
        return new Werkzeugblatt(card, d.goal, d.description, d.targetGroups, d.leadOffice, d.contact, d.partners,
                d.areas, d.start, d.end, d.budget, d.indicators, d.dependsOn, d.steps, version);
    }

    /** The same content stored under another version. */
    public Werkzeugblatt withVersion(int newVersion) {
        return new Werkzeugblatt(card, goal, description, targetGroups, leadOffice, contact, partners, areas, start,
                end, budget, indicators, dependsOn, steps, newVersion);
    }

    /** The fields of a sheet while it is being changed; lists are mutable copies. */
    public static final class Draft {
        public String goal;
        public String description;
        public List<String> targetGroups;
        public UUID leadOffice;
        public UUID contact;
        public List<String> partners;
        public List<String> areas;
        public LocalDate start;
        public LocalDate end;
        public Budget budget;
        public List<Indicator> indicators;
        public List<UUID> dependsOn;
        public List<Step> steps;

        private Draft(Werkzeugblatt s) {
            goal = s.goal;
            description = s.description;
            targetGroups = new ArrayList<>(s.targetGroups);
            leadOffice = s.leadOffice;
            contact = s.contact;
            partners = new ArrayList<>(s.partners);
            areas = new ArrayList<>(s.areas);
            start = s.start;
            end = s.end;
            budget = s.budget;
            indicators = new ArrayList<>(s.indicators);
            dependsOn = new ArrayList<>(s.dependsOn);
            steps = new ArrayList<>(s.steps);
        }

        /** Replaces the step with the same id. */
        public void replaceStep(Step step) {
            steps.replaceAll(s -> s.id().equals(step.id()) ? step : s);
        }
    }
}
