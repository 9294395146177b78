package de.werkbank.sheet;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One small step of a measure: what, who, with whom, by when, how far.
 *
 * @param who the office or person in the registry doing it, or {@code null}
 * @param due may be {@code null}
 */
public record Step(UUID id, String text, UUID who, String withWhom, LocalDate due, StepStatus status, String note) {

    public Step {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        text = text == null ? "" : text.strip();
        withWhom = withWhom == null ? "" : withWhom.strip();
        note = note == null ? "" : note.strip();
    }

    public static Step of(String text) {
        return new Step(UUID.randomUUID(), text, null, "", null, StepStatus.OPEN, "");
    }

    public boolean done() {
        return status == StepStatus.DONE;
    }

    /** Whether the step is not done and its due date lies before {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return !done() && due != null && due.isBefore(today);
    }

    public Step withText(String newText) {
        return new Step(id, newText, who, withWhom, due, status, note);
    }

    public Step withWho(UUID newWho) {
        return new Step(id, text, newWho, withWhom, due, status, note);
    }

    public Step withWithWhom(String newWithWhom) {
        return new Step(id, text, who, newWithWhom, due, status, note);
    }

    public Step withDue(LocalDate newDue) {
        return new Step(id, text, who, withWhom, newDue, status, note);
    }

    public Step withStatus(StepStatus newStatus) {
        return new Step(id, text, who, withWhom, due, newStatus, note);
    }

    public Step withNote(String newNote) {
        return new Step(id, text, who, withWhom, due, status, newNote);
    }
}
