package de.werkbank.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * Finds text a user sees cut: a {@code Labeled} whose shown text (its skin's text node) differs from
 * its text (an ellipsis, or a wrapped text that lost lines), or a text field whose text is wider than
 * the field. A node counts as cut only where no tooltip (on it or around it) carries the full text.
 */
public final class CutText {

    private static final String TOOLTIP_KEY = "javafx.scene.control.Tooltip";
    private static final Text MEASURE = new Text();

    private CutText() {
    }

    /** Descriptions of the cut texts under this root (empty: nothing cut), in the FX thread. */
    public static List<String> in(Node root) {
        List<String> cut = new ArrayList<>();
        walk(root, cut);
        return cut;
    }

    private static void walk(Node node, List<String> cut) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled) {
            check(labeled, cut);
        } else if (node instanceof TextField field) {
            check(field, cut);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, cut);
            }
        }
    }

    private static void check(Labeled labeled, List<String> cut) {
        String full = labeled.getText();
        if (full == null || full.isBlank() || labeled.getWidth() <= 0 || outsideItsWindow(labeled)) {
            return;
        }
        if (labeled.isMnemonicParsing()) {
            full = full.replaceFirst("_(?=.)", "");
        }
        Text shown = null;
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text t) {
                shown = t;
            }
        }
        if (shown == null || !shown.isVisible()) {
            return;
        }
        String seen = shown.getText() == null ? "" : shown.getText();
        if (!normal(seen).equals(normal(full)) && !tooltipCarries(labeled, full)) {
            cut.add(describe(labeled) + " shows \"" + seen + "\" of \"" + full + "\"");
        } else if (runsOutOfItsWindow(labeled)) {
            cut.add(describe(labeled) + " \"" + full + "\" runs out of the window");
        }
    }

    private static void check(TextField field, List<String> cut) {
        String full = field.getText();
        if (full == null || full.isBlank() || field.getWidth() <= 0 || outsideItsWindow(field)) {
            return;
        }
        MEASURE.setFont(field.getFont());
        MEASURE.setText(full);
        double needed = MEASURE.getLayoutBounds().getWidth();
        double available = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
        if (needed > available + 1 && !tooltipCarries(field, full)) {
            cut.add(describe(field) + " is " + Math.round(available) + " px wide for \"" + full + "\" ("
                    + Math.round(needed) + " px)");
        }
    }

    /** Whitespace as the skin may lay it out (a wrapped line keeps its words). */
    /**
     * The text as read: white space as single spaces, a word hyphenated across lines joined again (a
     * break after a hyphen before a small letter; a hyphen before a capital belongs to the word).
     */
    private static String normal(String s) {
        return s.replace("\u00ad", "").replaceAll("-\\R(?=\\p{Ll})", "").replaceAll("([-–])\\R", "$1")
                .replaceAll("\\s+", " ").strip();
    }

    /** A node scrolled or laid out beyond its window's edge is not seen at all. */
    private static boolean outsideItsWindow(Node node) {
        if (node.getScene() == null) {
            return true;
        }
        Bounds b = node.localToScene(node.getBoundsInLocal());
        return b.getMaxX() <= 0 || b.getMaxY() <= 0 || b.getMinX() >= node.getScene().getWidth()
                || b.getMinY() >= node.getScene().getHeight();
    }

    /**
     * Laid out past the window's right edge, where nothing can scroll it into view: the window cuts
     * what the label shows (content of a scroll pane, table or list can be scrolled to).
     */
    private static boolean runsOutOfItsWindow(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane || n instanceof javafx.scene.control.TableView<?>
                    || n instanceof javafx.scene.control.ListView<?> || n instanceof javafx.scene.control.TreeView<?>) {
                return false;
            }
        }
        Bounds b = node.localToScene(node.getBoundsInLocal());
        return b.getMaxX() > node.getScene().getWidth() + 1;
    }

    private static boolean tooltipCarries(Node node, String full) {
        for (Node n = node; n != null; n = n.getParent()) {
            Tooltip tip = n instanceof Control c && c.getTooltip() != null ? c.getTooltip()
                    : n.getProperties().get(TOOLTIP_KEY) instanceof Tooltip t ? t : null;
            if (tip != null && tip.getText() != null && normal(tip.getText()).contains(normal(full))) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Node node) {
        StringBuilder path = new StringBuilder(node.getClass().getSimpleName());
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getId() != null) {
                path.append(" in #").append(n.getId());
                break;
            }
        }
        if (!node.getStyleClass().isEmpty()) {
            path.append(" .").append(String.join(".", node.getStyleClass()));
        }
        return path.toString();
    }
}
