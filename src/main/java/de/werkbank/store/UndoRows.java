package de.werkbank.store;

import de.werkbank.plan.PlanCommand;
import de.werkbank.plan.UndoSteps;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The editor's undo and redo steps: each command's state as JSON under the command's kind (see
 * {@link Mementos}), kept per owner (schema 14: each user of a shared store has stacks of their own).
 */
final class UndoRows implements UndoSteps {

    private static final int MAX_OWNER = 100;

    private final Connection c;
    private final String owner;

    UndoRows(Connection c, String owner) {
        this.c = c;
        this.owner = owner.length() > MAX_OWNER ? owner.substring(0, MAX_OWNER) : owner;
    }

    @Override
    public List<PlanCommand.Memento> load(Stack stack) {
        List<String[]> rows = Sql.list(c, "select kind, state from undo_step where owner = ? and stack = ? order by position desc",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, owner, stack.name());
        List<PlanCommand.Memento> steps = new ArrayList<>();
        for (String[] row : rows) {
            Optional<PlanCommand.Memento> step = Mementos.read(row[0], row[1]);
            if (step.isEmpty()) {
                break;
            }
            steps.add(step.get());
        }
        return steps;
    }

    @Override
    public void push(Stack stack, PlanCommand.Memento step) {
        String kind = Mementos.kind(step);
        String state = Mementos.state(step);
        if (owner.isEmpty()) {
            // the one stack of an embedded store, which the window and a command may push at once: the
            // second waits for the first's transaction (the row lock), then counts its step too
            Sql.list(c, "select version from catalogue_info for update", rs -> rs.getInt(1));
        }
        Sql.update(c, "insert into undo_step (owner, stack, position, kind, state) "
                + "select ?, ?, coalesce(max(position), 0) + 1, ?, ? from undo_step where owner = ? and stack = ?",
                owner, stack.name(), kind, state, owner, stack.name());
    }

    @Override
    public void pop(Stack stack) {
        Sql.update(c, "delete from undo_step where owner = ? and stack = ? and position = "
                + "(select max(position) from undo_step where owner = ? and stack = ?)",
                owner, stack.name(), owner, stack.name());
    }

    @Override
    public void clear(Stack stack) {
        Sql.update(c, "delete from undo_step where owner = ? and stack = ?", owner, stack.name());
    }

    @Override
    public void trim(Stack stack, int keep) {
        Sql.update(c, "delete from undo_step where owner = ? and stack = ? and position <= "
                + "(select max(position) from undo_step where owner = ? and stack = ?) - ?",
                owner, stack.name(), owner, stack.name(), keep);
    }
}
