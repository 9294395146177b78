package de.werkbank.timeline;

import de.werkbank.sheet.Step;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A measure of the plan as the Strategie view needs it: its card, its Handlungsfeld and column, and
 * from its Werkzeugblatt the dates, the steps and what it depends on.
 *
 * @param column the index of the card's column on the board (its stage), from 0
 * @param start {@code null} while the sheet names none
 * @param end {@code null} while the sheet names none (inclusive)
 * @param dependsOn the cards this measure needs first
 * @param indicators its sheet's indicators with their progress from baseline to target
 */
public record TimelineMeasure(UUID card, String title, String handlungsfeld, int column, String columnName,
                              LocalDate start, LocalDate end, List<Step> steps, List<UUID> dependsOn,
                              List<IndicatorMark> indicators) {

    public TimelineMeasure {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(handlungsfeld, "handlungsfeld");
        columnName = columnName == null ? "" : columnName;
        steps = List.copyOf(steps);
        dependsOn = List.copyOf(dependsOn);
        indicators = List.copyOf(indicators);
    }

    /** A measure whose sheet has no indicators. */
    public TimelineMeasure(UUID card, String title, String handlungsfeld, int column, String columnName,
                           LocalDate start, LocalDate end, List<Step> steps, List<UUID> dependsOn) {
        this(card, title, handlungsfeld, column, columnName, start, end, steps, dependsOn, List.of());
    }

    /** Whether it has a start and an end, and so a bar on the chart. */
    public boolean dated() {
        return start != null && end != null;
    }
}
