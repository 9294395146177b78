package de.werkbank.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.werkbank.plan.AddActor;
import de.werkbank.plan.AddColumn;
import de.werkbank.plan.ArchiveCard;
import de.werkbank.plan.CreateCard;
import de.werkbank.plan.EditColumn;
import de.werkbank.plan.EditSheet;
import de.werkbank.plan.MoveCard;
import de.werkbank.plan.MoveColumn;
import de.werkbank.plan.PlanCommand;
import de.werkbank.plan.RemoveColumn;
import de.werkbank.plan.RestoreCard;
import de.werkbank.plan.SetSwimlanes;
import de.werkbank.plan.UndoSteps;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The editor's undo and redo steps: each command's state as JSON under the command's kind (an
 * explicit list of kinds, no polymorphic type handling).
 */
final class UndoRows implements UndoSteps {

    private static final Map<String, Class<? extends PlanCommand.Memento>> KINDS = Map.ofEntries(
            Map.entry("createCard", CreateCard.State.class),
            Map.entry("moveCard", MoveCard.State.class),
            Map.entry("archiveCard", ArchiveCard.State.class),
            Map.entry("restoreCard", RestoreCard.State.class),
            Map.entry("addColumn", AddColumn.State.class),
            Map.entry("editColumn", EditColumn.State.class),
            Map.entry("moveColumn", MoveColumn.State.class),
            Map.entry("removeColumn", RemoveColumn.State.class),
            Map.entry("editSheet", EditSheet.State.class),
            Map.entry("addActor", AddActor.State.class),
            Map.entry("setSwimlanes", SetSwimlanes.State.class));
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

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
            Optional<PlanCommand.Memento> step = decode(row[0], row[1]);
            if (step.isEmpty()) {
                break;
            }
            steps.add(step.get());
        }
        return steps;
    }

    private static Optional<PlanCommand.Memento> decode(String kind, String state) {
        Class<? extends PlanCommand.Memento> type = KINDS.get(kind);
        if (type == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(state, type));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    @Override
    public void push(Stack stack, PlanCommand.Memento step) {
        String kind = KINDS.entrySet().stream().filter(e -> e.getValue() == step.getClass()).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no kind for " + step.getClass()));
        String state;
        try {
            state = JSON.writeValueAsString(step);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("undo step not writable: " + kind, e);
        }
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
