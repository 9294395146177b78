package de.werkbank.plan;

import java.util.List;

/** Where the {@link PlanEditor} keeps its undo and redo steps, so they outlive a restart. */
public interface UndoSteps {

    /** The two stacks. */
    enum Stack { UNDO, REDO }

    /** The steps of a stack, top first; a step that can no longer be read ends the list there. */
    List<PlanCommand.Memento> load(Stack stack);

    /** Puts a step on top of a stack. */
    void push(Stack stack, PlanCommand.Memento step);

    /** Takes the top step off a stack. */
    void pop(Stack stack);

    void clear(Stack stack);

    /** Keeps only the {@code keep} top steps of a stack. */
    void trim(Stack stack, int keep);
}
