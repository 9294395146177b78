package de.werkbank.ui.theme;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** The look: AtlantaFX's Primer Light as the base, Werkbank's own stylesheet with named colours on top. */
public final class Theme {

    private static final String STYLESHEET = "/css/werkbank.css";
    private static final String PROJECTOR = "/css/projector.css";

    private Theme() {
    }

    /** Sets the application-wide base theme; call once on the FX thread before building views. */
    public static void installBase() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
    }

    public static void style(Scene scene) {
        scene.getStylesheets().add(Theme.class.getResource(STYLESHEET).toExternalForm());
    }

    /** Adds the projector theme (high contrast, large type, thick focus ring) after {@link #style}. */
    public static void styleProjector(Scene scene) {
        scene.getStylesheets().add(Theme.class.getResource(PROJECTOR).toExternalForm());
    }
}
