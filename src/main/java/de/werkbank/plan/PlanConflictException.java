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

    /** The swimlanes were switched on or off elsewhere meanwhile. */
    public static PlanConflictException swimlanes() {
        return new PlanConflictException("plan.conflict.swimlanes", new Object[0]);
    }
}
