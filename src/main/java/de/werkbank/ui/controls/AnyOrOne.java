package de.werkbank.ui.controls;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/**
 * A filter's combo box: "all" (shown for {@code null}, e.g. „Alle Handlungsfelder“) or one choice.
 * Filling it again keeps the choice, so the value stays the view-model's.
 */
public final class AnyOrOne {

    private AnyOrOne() {
    }

    /** Sets how the box names its entries ({@code names} gets {@code null} for "all"). */
    public static <T> void name(ComboBox<T> combo, Function<T, String> names) {
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return names.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        combo.setButtonCell(new NamedCell<>(names, true));
        combo.setCellFactory(v -> new NamedCell<>(names, false));
    }

    /** Puts "all" and the choices into the box, keeping the current choice. */
    public static <T> void fill(ComboBox<T> combo, List<T> choices) {
        T chosen = combo.getValue();
        var items = new ArrayList<T>();
        items.add(null);
        items.addAll(choices);
        combo.getItems().setAll(items);
        combo.setValue(chosen);
    }

    /** A cell that names {@code null} too (a plain cell would show nothing). */
    private static final class NamedCell<T> extends ListCell<T> {
        private final Function<T, String> names;
        private final boolean buttonCell;

        NamedCell(Function<T, String> names, boolean buttonCell) {
            this.names = names;
            this.buttonCell = buttonCell;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty && !buttonCell ? null : names.apply(item));
        }
    }
}
