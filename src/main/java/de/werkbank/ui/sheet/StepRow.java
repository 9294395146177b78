package de.werkbank.ui.sheet;

import de.werkbank.ui.controls.DateFields;
import de.werkbank.i18n.Messages;
import de.werkbank.sheet.Actor;
import de.werkbank.sheet.Step;
import de.werkbank.sheet.StepStatus;
import de.werkbank.ui.controls.AnyOrOne;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One step of a Werkzeugblatt, edited in place: done, text, status, remove; who, with whom, due, note;
 * and the flags (overdue, due after the measure's end). Alt+Up/Down moves it; its handle drags it.
 */
final class StepRow extends VBox {

    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final PseudoClass FLAGGED = PseudoClass.getPseudoClass("flagged");

    /** What a row asks of the sheet. */
    interface Actions {
        void update(Step step);

        void remove(Step step);

        /** Moves the step by {@code delta} places. */
        void move(Step step, int delta);
    }

    final Label handle = new Label("\u2807\u2807");
    private final CheckBox done = new CheckBox();
    private final TextField text = new TextField();
    private final ComboBox<StepStatus> status = new ComboBox<>();
    private final ComboBox<Actor> who = new ComboBox<>();
    private final TextField withWhom = new TextField();
    private final DatePicker due = DateFields.picker();
    private final TextField note = new TextField();
    private final Label flag = new Label();
    private final Actions actions;
    private Step step;
    private boolean updating;

    StepRow(Actions actions) {
        this.actions = actions;
        var remove = new Button("\u2715");
        var first = new HBox(6, handle, done, text, status, remove);
        var second = new HBox(6, who, withWhom, due, note);

        getStyleClass().add("step-row");
        handle.getStyleClass().add("step-handle");
        flag.getStyleClass().add("step-flag");
        remove.getStyleClass().add("step-remove");
        first.setAlignment(Pos.CENTER_LEFT);
        second.setAlignment(Pos.CENTER_LEFT);
        second.setPadding(new Insets(0, 0, 0, 44));
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox.setHgrow(note, Priority.ALWAYS);
        text.getStyleClass().add("step-text");
        done.getStyleClass().add("step-done");
        status.getStyleClass().add("step-status");
        status.getItems().setAll(StepStatus.values());
        AnyOrOne.name(status, s -> s == null ? "" : Messages.tr(s.messageKey()));
        who.setPrefWidth(170);
        withWhom.setPromptText(Messages.tr("ui.step.withWhom"));
        withWhom.setPrefColumnCount(8);
        due.setPromptText(Messages.tr("ui.step.due"));
        note.setPromptText(Messages.tr("ui.step.note"));
        remove.setTooltip(new Tooltip(Messages.tr("ui.step.remove")));
        handle.setTooltip(new Tooltip(Messages.tr("ui.step.handle")));
        done.setAccessibleText(Messages.tr("ui.step.markDone"));
        flag.setManaged(false);
        flag.setVisible(false);
        getChildren().addAll(first, second, flag);

        done.selectedProperty().addListener((o, was, now) -> change(s -> s.withStatus(
                now ? StepStatus.DONE : (s.status() == StepStatus.DONE ? StepStatus.OPEN : s.status()))));
        status.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                change(s -> s.withStatus(now));
            }
        });
        who.valueProperty().addListener((o, was, now) -> change(s -> s.withWho(now == null ? null : now.id())));
        due.valueProperty().addListener((o, was, now) -> change(s -> s.withDue(now)));
        commitOnLeave(text, () -> change(s -> s.withText(text.getText())));
        commitOnLeave(withWhom, () -> change(s -> s.withWithWhom(withWhom.getText())));
        commitOnLeave(note, () -> change(s -> s.withNote(note.getText())));
        remove.setOnAction(e -> actions.remove(step));
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                if (text.isFocused()) {
                    change(s -> s.withText(text.getText()));
                }
                actions.move(step, e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            }
        });
    }

    /** A text field stores its text when the focus leaves it or Enter is pressed. */
    private static void commitOnLeave(TextField field, Runnable commit) {
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
        field.setOnAction(e -> commit.run());
    }

    private void change(UnaryOperator<Step> edit) {
        if (updating || step == null) {
            return;
        }
        Step next = edit.apply(step);
        if (!next.equals(step)) {
            actions.update(next);
        }
    }

    /** Shows a step; fields the user is typing in keep their text. */
    void show(Step newStep, List<Actor> actors, String problem, boolean overdue) {
        updating = true;
        try {
            step = newStep;
            done.setSelected(step.done());
            status.setValue(step.status());
            setText(text, step.text());
            setText(withWhom, step.withWhom());
            setText(note, step.note());
            AnyOrOne.name(who, a -> a == null ? Messages.tr("ui.step.noOne") : a.name());
            AnyOrOne.fill(who, actors);
            who.setValue(actors.stream().filter(a -> a.id().equals(step.who())).findFirst().orElse(null));
            due.setValue(step.due());
            String message = overdue ? Messages.tr("ui.step.overdue") : "";
            if (problem != null) {
                message = message.isEmpty() ? problem : message + " " + problem;
            }
            flag.setText(message);
            flag.setVisible(!message.isEmpty());
            flag.setManaged(!message.isEmpty());
            pseudoClassStateChanged(DONE, step.done());
            pseudoClassStateChanged(FLAGGED, !message.isEmpty());
            text.setAccessibleText(Messages.tr("ui.step.accessible", step.text(), Messages.tr(step.status().messageKey())));
        } finally {
            updating = false;
        }
    }

    private static void setText(TextField field, String value) {
        if (!field.isFocused() && !Objects.equals(field.getText(), value)) {
            field.setText(value);
        }
    }

    Step step() {
        return step;
    }

    /** Puts the keyboard focus on the step's text. */
    void focusText() {
        text.requestFocus();
    }
}
