package de.werkbank.ui.theme;

import java.util.function.DoubleConsumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Shows its content enlarged from 100 to 300 %: the content is laid out in the window's size divided
 * by the zoom and then scaled up, so every view — fixed row heights included — grows alike and still
 * fills the window. Ctrl +/− step the zoom, Ctrl 0 resets it (see {@link #installKeys}).
 */
public final class ZoomPane extends Region {

    public static final double MIN = 1.0;
    public static final double MAX = 3.0;
    private static final double[] STEPS = {1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0};

    private final Parent content;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);

    public ZoomPane(Parent content) {
        this.content = content;
        getChildren().add(content);
        content.getTransforms().add(scale);
        getStyleClass().add("zoom-pane");
        zoom.addListener((o, was, now) -> {
            double z = clamp(now.doubleValue());
            if (z != now.doubleValue()) {
                zoom.set(z);
                return;
            }
            scale.setX(z);
            scale.setY(z);
            requestLayout();
        });
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public void zoomIn() {
        for (double s : STEPS) {
            if (s > zoom.get() + 1e-6) {
                zoom.set(s);
                return;
            }
        }
    }

    public void zoomOut() {
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < zoom.get() - 1e-6) {
                zoom.set(STEPS[i]);
                return;
            }
        }
    }

    private static double clamp(double z) {
        return Double.isNaN(z) ? MIN : Math.max(MIN, Math.min(MAX, z));
    }

    @Override
    protected void layoutChildren() {
        double z = zoom.get();
        content.resizeRelocate(0, 0, getWidth() / z, getHeight() / z);
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(-1) * zoom.get();
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(-1) * zoom.get();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    /**
     * Ctrl (Cmd) with +, − or 0 (main keys or keypad) zooms the pane, wherever the focus is in the
     * scene; {@code changed} hears the new zoom (to keep it in the settings).
     */
    public static void installKeys(Scene scene, ZoomPane pane, DoubleConsumer changed) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            KeyCode code = e.getCode();
            boolean in = code == KeyCode.PLUS || code == KeyCode.ADD || code == KeyCode.EQUALS
                    || "+".equals(e.getText());
            boolean out = code == KeyCode.MINUS || code == KeyCode.SUBTRACT || "-".equals(e.getText());
            boolean reset = code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0;
            if (!in && !out && !reset) {
                return;
            }
            if (reset) {
                pane.zoomProperty().set(1.0);
            } else if (in) {
                pane.zoomIn();
            } else {
                pane.zoomOut();
            }
            changed.accept(pane.zoomProperty().get());
            e.consume();
        });
    }
}
