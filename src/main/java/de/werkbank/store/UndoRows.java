package de.werkbank.store;

import de.werkbank.plan.PlanCommand;
import de.werkbank.plan.UndoSteps;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The editor's undo and redo steps: each command's state as JSON under the command's kind (see {@link Mementos}). */
final class UndoRows implements UndoSteps {

    private final Connection c;

    UndoRows(Connection c) {
        this.c = c;
    }

    @Override
    public List<PlanCommand.Memento> load(Stack stack) {
        List<String[]> rows = Sql.list(c, "select kind, state from undo_step where stack = ? order by position desc",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, stack.name());
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
        Sql.update(c, "insert into undo_step (stack, position, kind, state) "
                + "select ?, coalesce(max(position), 0) + 1, ?, ? from undo_step where stack = ?",
                stack.name(), kind, state, stack.name());
    }

    @Override
    public void pop(Stack stack) {
        Sql.update(c, "delete from undo_step where stack = ? and position = "
                + "(select max(position) from undo_step where stack = ?)", stack.name(), stack.name());
    }

    @Override
    public void clear(Stack stack) {
        Sql.update(c, "delete from undo_step where stack = ?", stack.name());
    }

    @Override
    public void trim(Stack stack, int keep) {
        Sql.update(c, "delete from undo_step where stack = ? and position <= "
                + "(select max(position) from undo_step where stack = ?) - ?", stack.name(), stack.name(), keep);
    }
}
