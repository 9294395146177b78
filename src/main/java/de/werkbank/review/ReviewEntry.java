package de.werkbank.review;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a review says of one measure: the state the measure was in at the review's date (frozen when the
 * review started, never changed after) and the team's judgement (edited while the review is open).
 *
 * @param card the card's id (the card may be archived or gone later; the entry keeps its title)
 * @param handlungsfeld the key of the card's Handlungsfeld at the review's date
 * @param column the id of the column (stage) the card stood in
 * @param columnName that column's name at the review's date
 * @param stepsDone steps done at the review's date
 * @param stepsTotal all steps at the review's date
 * @param indicators the sheet's indicators as frozen at the review's date
 * @param assessment {@code null} while not yet judged
 * @param decision {@code null} while not yet decided
 * @param version raised with every stored change, for optimistic locking
 */
public record ReviewEntry(UUID card, String title, String handlungsfeld, UUID column, String columnName,
                          int stepsDone, int stepsTotal, List<FrozenIndicator> indicators,
                          Assessment assessment, String helped, String blocked, String nextSteps, Decision decision,
                          int version) {

    /** The longest text a free field (helped, blocked, next steps) may hold. */
    public static final int MAX_TEXT = 4000;

    public ReviewEntry {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(handlungsfeld, "handlungsfeld");
        columnName = columnName == null ? "" : columnName;
        indicators = List.copyOf(indicators);
        helped = helped == null ? "" : helped.strip();
        blocked = blocked == null ? "" : blocked.strip();
        nextSteps = nextSteps == null ? "" : nextSteps.strip();
    }

    /** The same entry with another judgement (the frozen part and the version stay). */
    public ReviewEntry judged(Assessment newAssessment, String newHelped, String newBlocked, String newNextSteps,
                              Decision newDecision) {
        return new ReviewEntry(card, title, handlungsfeld, column, columnName, stepsDone, stepsTotal, indicators,
                newAssessment, newHelped, newBlocked, newNextSteps, newDecision, version);
    }

    public ReviewEntry withVersion(int newVersion) {
        return new ReviewEntry(card, title, handlungsfeld, column, columnName, stepsDone, stepsTotal, indicators,
                assessment, helped, blocked, nextSteps, decision, newVersion);
    }

    /** Whether the judgement (not the frozen state) equals another entry's. */
    public boolean sameJudgement(ReviewEntry other) {
        return assessment == other.assessment && decision == other.decision && helped.equals(other.helped)
                && blocked.equals(other.blocked) && nextSteps.equals(other.nextSteps);
    }

    /** Share of steps done at the review's date, 0 to 1 (0 without steps). */
    public double progress() {
        return stepsTotal == 0 ? 0 : (double) stepsDone / stepsTotal;
    }
}
