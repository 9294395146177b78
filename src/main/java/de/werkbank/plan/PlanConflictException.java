package de.werkbank.plan;

import de.werkbank.i18n.UserFacingException;

/** A change met data that someone else changed or removed meanwhile; nothing was stored. */
public final class PlanConflictException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    public PlanConflictException(String title) {
        super("plan.conflict", title);
    }
}
