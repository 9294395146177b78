package de.werkbank.sheet;

/** Where a step of a Werkzeugblatt stands. */
public enum StepStatus {
    OPEN, IN_PROGRESS, DONE, BLOCKED;

    /** The key of the status's name in the UI messages. */
    public String messageKey() {
        return "step.status." + name();
    }
}
