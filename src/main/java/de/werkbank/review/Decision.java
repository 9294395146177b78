package de.werkbank.review;

import de.werkbank.i18n.Messages;

/** What the team decides for a measure at a review. */
public enum Decision {
    /** fortführen: goes on as planned */
    CONTINUE,
    /** anpassen: goes on, its sheet is to be reworked */
    ADJUST,
    /** beenden: the card goes into the archive when the decisions are applied */
    END,
    /** verstetigen: the card moves to the plan's last column when the decisions are applied */
    ESTABLISH;

    /** The name in the UI language, e.g. "verstetigen". */
    public String label() {
        return Messages.tr("review.decision." + name());
    }
}
