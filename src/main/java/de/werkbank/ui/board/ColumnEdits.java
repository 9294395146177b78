package de.werkbank.ui.board;

import de.werkbank.i18n.Messages;
import de.werkbank.plan.AddColumn;
import de.werkbank.plan.EditColumn;
import de.werkbank.plan.MoveColumn;
import de.werkbank.plan.PlanCommand;
import de.werkbank.plan.RemoveColumn;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** What the column menu does to the board's columns: rename, WIP limit, add, remove, move; each an undoable step. */
public final class ColumnEdits {

    private final List<ColumnModel> columns;
    private final Consumer<PlanCommand> run;

    /** @param run runs a command through the plan's editor (refusals are shown by the board) */
    ColumnEdits(List<ColumnModel> columns, Consumer<PlanCommand> run) {
        this.columns = columns;
        this.run = run;
    }

    /** Renames a column; a blank name changes nothing. */
    public void rename(ColumnModel column, String name) {
        String trimmed = name == null ? "" : name.strip();
        if (!trimmed.isEmpty() && !trimmed.equals(column.column().name())) {
            run.accept(new EditColumn(column.column(), column.column().named(trimmed)));
        }
    }

    /**
     * Sets a column's WIP limit from what the user typed: a whole number from 1, or nothing for no limit.
     *
     * @return the message to show when the text is no such number (nothing is changed then)
     */
    public Optional<String> setWipLimit(ColumnModel column, String text) {
        String trimmed = text == null ? "" : text.strip();
        Integer limit;
        if (trimmed.isEmpty()) {
            limit = null;
        } else {
            try {
                limit = Integer.valueOf(trimmed);
            } catch (NumberFormatException e) {
                return Optional.of(Messages.tr("ui.column.wip.invalid"));
            }
            if (limit < 1) {
                return Optional.of(Messages.tr("ui.column.wip.invalid"));
            }
        }
        if (!Objects.equals(limit, column.column().wipLimit())) {
            run.accept(new EditColumn(column.column(), column.column().limitedTo(limit)));
        }
        return Optional.empty();
    }

    /** Adds an empty column right of {@code column}; a blank name adds nothing. */
    public void addAfter(ColumnModel column, String name) {
        String trimmed = name == null ? "" : name.strip();
        if (!trimmed.isEmpty()) {
            run.accept(new AddColumn(trimmed, columns.indexOf(column) + 1));
        }
    }

    /** Removes an empty column (a column with cards is refused with a message). */
    public void remove(ColumnModel column) {
        run.accept(new RemoveColumn(column.column()));
    }

    /** Moves a column {@code delta} places to the right (negative: left), within the board. */
    public void move(ColumnModel column, int delta) {
        int from = columns.indexOf(column);
        int to = from + delta;
        if (from >= 0 && to >= 0 && to < columns.size()) {
            run.accept(new MoveColumn(column.column(), to));
        }
    }
}
