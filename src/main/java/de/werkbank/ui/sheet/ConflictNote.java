package de.werkbank.ui.sheet;

import de.werkbank.i18n.Messages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The note under a field whose edit met someone else's change of it: what the other one wrote, and
 * the choice between keeping the user's entry and taking the other change. What the user typed stays
 * in the field until they choose.
 */
final class ConflictNote extends VBox {

    private final Label text = new Label();

    ConflictNote(SheetViewModel model, String field) {
        super(4);
        getStyleClass().add("sheet-conflict");
        text.getStyleClass().add("sheet-conflict-text");
        text.setWrapText(true);
        var keep = new Button(Messages.tr("ui.sheet.conflict.keepMine"));
        keep.getStyleClass().add("conflict-keep");
        keep.setOnAction(e -> model.keepMine(field));
        var take = new Button(Messages.tr("ui.sheet.conflict.takeTheirs"));
        take.getStyleClass().add("conflict-take");
        take.setOnAction(e -> model.takeTheirs(field));
        getChildren().addAll(text, new HBox(6, keep, take));
        show(model, field);
    }

    /** Names the other change as the store now holds it. */
    void show(SheetViewModel model, String field) {
        text.setText(Messages.tr("ui.sheet.conflict", model.theirs(field)));
    }

    /** The places of the form where notes can stand, by field, and the notes standing there. */
    static final class Slots {
        private final SheetViewModel model;
        private final Map<String, Pane> slots = new HashMap<>();
        private final Map<String, ConflictNote> shown = new HashMap<>();

        Slots(SheetViewModel model) {
            this.model = model;
        }

        /** The note of this field goes at the end of {@code slot}. */
        void put(String field, Pane slot) {
            slots.put(field, slot);
        }

        /** Shows a note for every edit that waits, and none for the others. */
        void show() {
            shown.keySet().removeIf(field -> {
                boolean settled = !model.conflicts().containsKey(field);
                if (settled) {
                    slots.get(field).getChildren().remove(shown.get(field));
                }
                return settled;
            });
            for (String field : model.conflicts().keySet()) {
                ConflictNote note = shown.get(field);
                if (note == null) {
                    note = new ConflictNote(model, field);
                    shown.put(field, note);
                    slots.get(field).getChildren().add(note);
                } else {
                    note.show(model, field);
                }
            }
        }
    }

    /**
     * Asks in a dialog, for every edit still waiting, whether to keep it or take the other change (when
     * the sheet or the window closes, and the note could not be answered any more).
     */
    static void settleInDialogs(SheetViewModel model, Window owner) {
        for (String field : List.copyOf(model.conflicts().keySet())) {
            var keep = new ButtonType(Messages.tr("ui.sheet.conflict.keepMine"), ButtonBar.ButtonData.OK_DONE);
            var take = new ButtonType(Messages.tr("ui.sheet.conflict.takeTheirs"), ButtonBar.ButtonData.OTHER);
            var ask = new Alert(Alert.AlertType.CONFIRMATION, Messages.tr("ui.sheet.conflict.mine", model.mine(field)),
                    keep, take);
            ask.setTitle(model.cardTitle() + " – " + Messages.tr(field));
            ask.setHeaderText(Messages.tr("ui.sheet.conflict", model.theirs(field)));
            if (owner != null && owner.isShowing()) {
                ask.initOwner(owner);
            }
            if (ask.showAndWait().orElse(keep) == take) {
                model.takeTheirs(field);
            } else {
                model.keepMine(field);
            }
        }
    }
}
