package de.werkbank.intake;

import de.werkbank.catalogue.Kind;
import de.werkbank.sheet.StepStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One measure as a source gives it (a Trello card, a Planner task, a row of a measure list), before it
 * is matched to the catalogue and the plan.
 *
 * @param sourceId stable within the source, e.g. {@code trello:BOARD/CARD}; kept with the card
 * @param place where the measure stands in the file, for messages ("Karte „Bürgerbus“", "Zeile 7")
 * @param fieldHints names that may name a Handlungsfeld (labels, a bucket, a column), in order
 * @param toolCode the catalogue id the source names (an ID column), or empty
 * @param kind blue (exists already) or green (new), {@code null} when the source does not say
 * @param office the lead office's name, or empty
 * @param stage the list, bucket or stage the source puts it in, or empty
 * @param budget {@code null} when the source has none
 * @param people the names of the people assigned to it
 * @param archived whether the source closed or archived it
 */
public record Measure(String sourceId, String place, String title, String description, List<String> fieldHints,
                      String toolCode, Kind kind, String office, LocalDate start, LocalDate end, BigDecimal budget,
                      String stage, List<Step> steps, List<String> people, List<Comment> comments,
                      boolean archived) {

    public Measure {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(place, "place");
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
        fieldHints = List.copyOf(fieldHints);
        toolCode = toolCode == null ? "" : toolCode.strip();
        office = office == null ? "" : office.strip();
        stage = stage == null ? "" : stage.strip();
        steps = List.copyOf(steps);
        people = List.copyOf(people);
        comments = List.copyOf(comments);
    }

    /** A step of the measure (a checklist item) and where it stands (open, in progress, done). */
    public record Step(String text, StepStatus status) {
        public Step {
            text = text == null ? "" : text.strip();
            status = status == null ? StepStatus.OPEN : status;
        }

        /** A step that is done or open. */
        public Step(String text, boolean done) {
            this(text, done ? StepStatus.DONE : StepStatus.OPEN);
        }

        public boolean done() {
            return status == StepStatus.DONE;
        }
    }

    /** A comment on the measure: its id in the source, who wrote it, when, the text. */
    public record Comment(String id, String who, Instant at, String text) {
    }
}
