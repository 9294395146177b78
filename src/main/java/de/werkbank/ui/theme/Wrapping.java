package de.werkbank.ui.theme;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;

/**
 * Lets a label in a list cell wrap. A cell measures its graphic at the graphic's preferred width, so
 * the label's preferred width is tied to the list's width, less what surrounds the label in the cell.
 */
public final class Wrapping {

    private static final double MIN_WIDTH = 60;

    private Wrapping() {
    }

    public static void fitToList(Label label, ListView<?> list, double surroundings) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.prefWidthProperty().bind(Bindings.max(MIN_WIDTH, list.widthProperty().subtract(surroundings)));
    }
}
