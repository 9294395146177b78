package de.werkbank.ui.board;

import de.werkbank.i18n.Messages;
import de.werkbank.plan.PlanEditor;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the Edit menu shows of the plan's undo and redo (whether there is a step, and what it does),
 * and the card the last undo or redo changed, which the keyboard focus follows.
 */
public final class UndoState {

    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final StringProperty undoText = new SimpleStringProperty(Messages.tr("ui.menu.edit.undo"));
    private final StringProperty redoText = new SimpleStringProperty(Messages.tr("ui.menu.edit.redo"));
    private final ObjectProperty<UUID> followed = new SimpleObjectProperty<>();

    /** Reads the editor's undo and redo steps again. */
    void update(PlanEditor editor) {
        canUndo.set(editor.canUndo());
        canRedo.set(editor.canRedo());
        undoText.set(editor.undoDescription().map(d -> Messages.tr("ui.menu.edit.undoWhat", d))
                .orElse(Messages.tr("ui.menu.edit.undo")));
        redoText.set(editor.redoDescription().map(d -> Messages.tr("ui.menu.edit.redoWhat", d))
                .orElse(Messages.tr("ui.menu.edit.redo")));
    }

    /** Says that an undo or redo changed this card (again, if it was the last one too). */
    void follow(UUID card) {
        followed.set(null);
        followed.set(card);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText;
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText;
    }

    /** The card the last undo or redo changed; {@code null} before any. */
    public ReadOnlyObjectProperty<UUID> followedCardProperty() {
        return followed;
    }
}
