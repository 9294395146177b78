package de.werkbank.plan;

import de.werkbank.i18n.UserFacingException;

/** A change met data that someone else changed or removed meanwhile; nothing was stored. */
public final class PlanConflictException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    public PlanConflictException(String title) {
        super("plan.conflict", title);
    }

    private PlanConflictException(String key, Object[] args) {
        super(key, args);
    }

    /**
     * Undo or redo refused: someone else changed the plan after the step.
     *
     * @param what "undo" or "redo"
     * @param description the newest of the other changes, as the history names it
     * @param more how many other changes there are besides it
     */
    static PlanConflictException changedMeanwhile(String what, String description, String who, int more) {
        return new PlanConflictException("plan.conflict." + what, new Object[] {description, who, more});
    }

    /** Undo or redo refused: the plan and its history were replaced meanwhile (a snapshot import). */
    static PlanConflictException replacedMeanwhile(String what) {
        return new PlanConflictException("plan.conflict." + what + ".replaced", new Object[0]);
    }

    /** A column the user saw was removed elsewhere meanwhile. */
    static PlanConflictException columnGone(String name) {
        return new PlanConflictException("plan.conflict.column", new Object[] {name});
    }

    /** The swimlanes were switched on or off elsewhere meanwhile. */
    public static PlanConflictException swimlanes() {
        return new PlanConflictException("plan.conflict.swimlanes", new Object[0]);
    }

    /** A tool of the catalogue was changed or removed elsewhere meanwhile. */
    public static PlanConflictException werkzeug(String code) {
        return new PlanConflictException("catalogue.conflict", new Object[] {code});
    }

    /** A Handlungsfeld or its Zukunftsbild was changed elsewhere meanwhile. */
    public static PlanConflictException handlungsfeld(String shortName) {
        return new PlanConflictException("catalogue.fieldConflict", new Object[] {shortName});
    }
}
