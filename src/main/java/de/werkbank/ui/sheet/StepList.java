package de.werkbank.ui.sheet;

import de.werkbank.sheet.Step;
import de.werkbank.sheet.Werkzeugblatt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;

/** The sheet's steps, a row each, in order; a row's handle drags it to another place. */
final class StepList extends VBox {

    private final SheetViewModel model;
    private final Map<UUID, StepRow> rows = new HashMap<>();

    StepList(SheetViewModel model) {
        super(2);
        this.model = model;
    }

    /** Shows the sheet's steps, keeping the rows (and the focus in them) of steps shown before. */
    void show(Werkzeugblatt s) {
        Map<UUID, String> problems = model.stepMessages();
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        List<StepRow> shown = new ArrayList<>();
        Map<UUID, StepRow> kept = new HashMap<>();
        for (Step step : s.steps()) {
            StepRow row = rows.computeIfAbsent(step.id(), id -> newRow());
            row.show(step, model.actors(), problems.get(step.id()), step.overdueOn(model.today()));
            shown.add(row);
            kept.put(step.id(), row);
        }
        rows.keySet().retainAll(kept.keySet());
        if (!getChildren().equals(shown)) {
            getChildren().setAll(shown);
            if (focused != null && focused.getScene() != null && !focused.isFocused()) {
                focused.requestFocus();
            }
        }
    }

    private StepRow newRow() {
        StepRow row = new StepRow(new StepRow.Actions() {
            @Override
            public void update(Step step) {
                model.updateStep(step);
            }

            @Override
            public void remove(Step step) {
                model.removeStep(step.id());
            }

            @Override
            public void move(Step step, int delta) {
                int index = model.indexOf(step.id());
                if (index >= 0 && index + delta >= 0) {
                    model.moveStep(step.id(), index + delta);
                }
            }
        });
        row.handle.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            int target = dropIndex(e.getSceneY());
            int from = model.indexOf(row.step().id());
            if (from >= 0 && target != from) {
                model.moveStep(row.step().id(), target > from ? target - 1 : target);
            }
        });
        return row;
    }

    /** The insertion index among the step rows for a point at scene height {@code y}. */
    private int dropIndex(double y) {
        List<Node> children = getChildren();
        for (int i = 0; i < children.size(); i++) {
            var b = children.get(i).localToScene(children.get(i).getBoundsInLocal());
            if (y < b.getMinY() + b.getHeight() / 2) {
                return i;
            }
        }
        return children.size();
    }
}
