package de.werkbank.ui.controls;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.skin.ComboBoxListViewSkin;
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

    /**
     * For a filter that sizes itself to what it shows: its list joins the window only when it opens
     * (see {@link ListOnOpen}). Call once, before the box is shown.
     */
    public static <T> void listOnOpen(ComboBox<T> combo) {
        combo.setSkin(new ListOnOpen<>(combo));
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

    /**
     * A combo box's skin whose list joins the window only when it opens. JavaFX's own keeps the list in
     * the window hidden, so that its styles are known before it opens: at start-up the window styled
     * and laid out a list, its scroll bars and a cell for each of its five filter boxes, nearly a
     * quarter of the first frame's work, for lists nobody had opened. The list is styled when it opens
     * instead. The box's width then comes from what it shows, not from its widest entry: for filters
     * that size themselves to it (the board's) or fill their panel (the catalogue's).
     */
    private static final class ListOnOpen<T> extends ComboBoxListViewSkin<T> {
        ListOnOpen(ComboBox<T> combo) {
            super(combo);
            getChildren().remove(getPopupContent());
        }
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
