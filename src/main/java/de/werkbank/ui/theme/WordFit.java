package de.werkbank.ui.theme;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Keeps long words whole in a wrapping label: JavaFX breaks a word that is wider than the label in
 * the middle ("Willkommenspake|t"), so when the widest word does not fit, the label's type gets as much
 * smaller as it needs, down to {@value #MIN_SCALE} of its size; beyond that the word still breaks.
 */
public final class WordFit {

    private static final double MIN_SCALE = 0.6;
    private static final Text MEASURE = new Text();

    private final Label label;
    private final double minSize;
    private double baseSize;

    private WordFit(Label label, double minSize) {
        this.label = label;
        this.minSize = minSize;
        label.widthProperty().addListener((o, was, now) -> fit());
        label.textProperty().addListener((o, was, now) -> fit());
        label.fontProperty().addListener((o, was, now) -> fit());
    }

    /** Lets the wrapping label's type shrink so that its widest word fits, to {@value #MIN_SCALE} of its size. */
    public static void install(Label label) {
        new WordFit(label, 0);
    }

    /** As {@link #install(Label)}, but never below {@code minSize} px (a projector's smallest legible type). */
    public static void install(Label label, double minSize) {
        new WordFit(label, minSize);
    }

    private void fit() {
        double available = label.getWidth() - label.snappedLeftInset() - label.snappedRightInset();
        String text = label.getText();
        if (available <= 0 || text == null || text.isEmpty()) {
            return;
        }
        Font font = label.getFont();
        if (label.getStyle().isEmpty()) {
            baseSize = font.getSize();
        }
        double widest = widestWord(text, new Font(font.getName(), baseSize));
        double smallest = Math.min(baseSize, Math.max(baseSize * MIN_SCALE, minSize));
        double size = widest <= available ? baseSize : Math.max(smallest, baseSize * available / widest);
        String style = size >= baseSize ? "" : String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", Math.floor(size * 10) / 10);
        if (!style.equals(label.getStyle())) {
            label.setStyle(style);
        }
    }

    /** The width of the widest word (split at spaces and after hyphens, dashes and slashes, where lines break anyway). */
    private static double widestWord(String text, Font font) {
        MEASURE.setFont(font);
        double widest = 0;
        for (String word : text.split("\\s+|(?<=[-/–])")) {
            MEASURE.setText(word);
            widest = Math.max(widest, MEASURE.getLayoutBounds().getWidth());
        }
        return widest;
    }
}
