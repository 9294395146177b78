package de.werkbank.ui.sheet;

import de.werkbank.sheet.Actor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/** How the sheet's fields are made, filled and stored: the small rules every field follows. */
final class SheetFields {

    private SheetFields() {
    }

    static TextArea area(int rows) {
        TextArea a = new TextArea();
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        // Tab moves to the next field (Shift+Tab back), as in every other field; the text area would
        // insert a tab character, and moves the focus only with Ctrl+Tab, which is what it gets
        a.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                a.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(),
                        e.getText(), e.getCode(), e.isShiftDown(), true, false, false));
            }
        });
        return a;
    }

    static <T> StringConverter<T> converter(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : name.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    static List<String> split(String text, String separator) {
        return new ArrayList<>(Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    static void commitOnLeave(TextInputControl field, Runnable commit) {
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
        if (field instanceof TextField text) {
            text.setOnAction(e -> commit.run());
        }
    }

    static <T> void check(CheckComboBox<T> box, Predicate<T> checked) {
        for (int i = 0; i < box.getItems().size(); i++) {
            boolean want = checked.test(box.getItems().get(i));
            if (want != box.getCheckModel().isChecked(i)) {
                if (want) {
                    box.getCheckModel().check(i);
                } else {
                    box.getCheckModel().clearCheck(i);
                }
            }
        }
    }

    static Actor find(List<Actor> actors, UUID id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
    }

    static void set(TextInputControl field, String value) {
        if (!field.isFocused() && !Objects.equals(field.getText(), value)) {
            field.setText(value);
        }
    }

    /** A field too narrow for its text shows the whole text in a tooltip. */
    static void fullTextTip(TextField field) {
        var tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(field.textProperty());
        field.textProperty().addListener((o, was, now) -> field.setTooltip(now == null || now.isBlank() ? null : tip));
    }

    static void fullNameTip(ComboBox<Actor> box) {
        var tip = new javafx.scene.control.Tooltip();
        box.valueProperty().addListener((o, was, now) -> {
            tip.setText(now == null ? "" : now.name());
            box.setTooltip(now == null ? null : tip);
        });
    }

    /** Scrolls the form so that the focused field is in view (keyboard users tab through it). */
    static void scrollTo(ScrollPane scroller, VBox form, Node owner) {
        Node n = owner;
        while (n != null && n != form) {
            n = n.getParent();
        }
        if (n == null) {
            return;
        }
        double contentHeight = form.getBoundsInLocal().getHeight();
        double viewport = scroller.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        var bounds = form.sceneToLocal(owner.localToScene(owner.getBoundsInLocal()));
        double top = scroller.getVvalue() * (contentHeight - viewport);
        if (bounds.getMinY() < top) {
            scroller.setVvalue(bounds.getMinY() / (contentHeight - viewport));
        } else if (bounds.getMaxY() > top + viewport) {
            scroller.setVvalue(Math.min(1, (bounds.getMaxY() - viewport) / (contentHeight - viewport)));
        }
    }
}
