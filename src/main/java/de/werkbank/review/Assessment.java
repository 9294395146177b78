package de.werkbank.review;

import de.werkbank.i18n.Messages;

/** How a measure stands at a review, in the team's judgement. */
public enum Assessment {
    /** läuft wie geplant */
    ON_TRACK,
    /** verzögert */
    DELAYED,
    /** gestoppt */
    STOPPED,
    /** abgeschlossen */
    COMPLETED;

    /** The name in the UI language, e.g. "läuft wie geplant". */
    public String label() {
        return Messages.tr("review.assessment." + name());
    }
}
