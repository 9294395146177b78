package de.werkbank.ui.theme;

import de.werkbank.i18n.Hyphenation;
import javafx.scene.control.Label;
import javafx.scene.text.Text;

/**
 * Shows a title in a label broken into lines as {@link Hyphenation} says for the label's width: whole
 * words where they fit, a long compound at its joints with a hyphen („Senioren-begegnungs-stätte“).
 * The type keeps its size, so all titles of a kind look alike; JavaFX would break a long word in
 * mid-syllable without a hyphen. The label's width is its room, not its text's.
 */
public final class HyphenatedTitle {

    /** Room kept free so that rounding never makes JavaFX wrap a line again. */
    private static final double SLACK = 1;
    private static final Text MEASURE = new Text();

    private final Label label;
    private String title = "";

    public HyphenatedTitle(Label label) {
        this.label = label;
        label.setWrapText(true);
        label.setMinWidth(0);
        label.setMaxWidth(Double.MAX_VALUE);
        label.widthProperty().addListener((o, was, now) -> layout());
        label.fontProperty().addListener((o, was, now) -> layout());
    }

    /** Shows this title (soft hyphens in it mark extra places to break). */
    public void show(String title) {
        this.title = title == null ? "" : title;
        layout();
    }

    /** The title as given, without its line breaks. */
    public String title() {
        return Hyphenation.plain(title);
    }

    private void layout() {
        double room = label.getWidth() - label.snappedLeftInset() - label.snappedRightInset() - SLACK;
        String text = room <= 0 ? Hyphenation.plain(title) : String.join("\n", Hyphenation.wrap(title, room, s -> {
            MEASURE.setFont(label.getFont());
            MEASURE.setText(s);
            return MEASURE.getLayoutBounds().getWidth();
        }));
        if (!text.equals(label.getText())) {
            label.setText(text);
        }
    }
}
