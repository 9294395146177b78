package de.werkbank.workshop;

import de.werkbank.i18n.UserFacingException;

/** Votes the round's rules do not allow (more than a participant has, or than an item may get). */
public final class VoteRuleException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    public VoteRuleException(String key, Object... args) {
        super(key, args);
    }
}
