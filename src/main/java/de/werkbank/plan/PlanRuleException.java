package de.werkbank.plan;

import de.werkbank.i18n.UserFacingException;

/** A change the plan's rules do not allow (e.g. removing a column that still holds cards). */
public final class PlanRuleException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    public PlanRuleException(String key, Object... args) {
        super(key, args);
    }
}
