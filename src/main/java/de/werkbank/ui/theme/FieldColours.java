package de.werkbank.ui.theme;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.geometry.Insets;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.paint.Color;

/**
 * The backgrounds of the Handlungsfeld colour bars, made once per colour. Setting a background
 * directly is far cheaper than an inline style, which is parsed as CSS each time a recycled row
 * shows another card.
 */
public final class FieldColours {

    private static final CornerRadii RADII = new CornerRadii(3);
    private static final Map<String, Background> BACKGROUNDS = new ConcurrentHashMap<>();

    private FieldColours() {
    }

    /** A rounded background in the colour {@code #RRGGBB}. */
    public static Background bar(String colour) {
        return BACKGROUNDS.computeIfAbsent(colour, c -> new Background(new BackgroundFill(Color.web(c), RADII, Insets.EMPTY)));
    }
}
