package de.werkbank.ui.map;

import de.werkbank.map.Viewport;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The map on screen: the {@link de.werkbank.map.MapPicture} drawn at the region's size and shown as an
 * image. Hover shows the area's name and value, a click selects it, dragging pans, the wheel zooms;
 * keys: arrows pan, + and − zoom, 0 shows everything again.
 */
final class MapCanvas extends Region {

    private final MapViewModel model;
    private final ImageView view = new ImageView();
    private final Tooltip tip = new Tooltip();
    private Viewport viewport;
    private de.werkbank.map.MapPicture fitted;
    private String hovered;
    private double dragX;
    private double dragY;
    private boolean dragged;

    MapCanvas(MapViewModel model) {
        this.model = model;
        getChildren().add(view);
        setId("map-canvas");
        setFocusTraversable(true);
        setMinSize(200, 160);
        tip.setShowDelay(Duration.millis(150));
        model.changesProperty().addListener(o -> repaint());
        widthProperty().addListener(o -> resetAndRepaint());
        heightProperty().addListener(o -> resetAndRepaint());
        setOnMouseMoved(e -> hover(model.picture().keyAt(viewport(), e.getX(), e.getY()).orElse(null)));
        setOnMouseExited(e -> hover(null));
        setOnMousePressed(e -> {
            requestFocus();
            dragX = e.getX();
            dragY = e.getY();
            dragged = false;
        });
        setOnMouseDragged(e -> {
            viewport = viewport().panned(e.getX() - dragX, e.getY() - dragY);
            dragged |= Math.abs(e.getX() - dragX) + Math.abs(e.getY() - dragY) > 0;
            dragX = e.getX();
            dragY = e.getY();
            repaint();
        });
        setOnMouseClicked(e -> {
            if (!dragged && e.getButton() == MouseButton.PRIMARY) {
                String key = model.picture().keyAt(viewport(), e.getX(), e.getY()).orElse(null);
                if (e.getClickCount() == 2 && model.drillDown(key)) {
                    viewport = null;
                    repaint();
                } else {
                    model.select(key);
                }
            }
        });
        setOnScroll(e -> {
            viewport = viewport().zoomed(e.getDeltaY() > 0 ? 1.2 : 1 / 1.2, e.getX(), e.getY());
            repaint();
        });
        setOnKeyPressed(e -> {
            KeyCode k = e.getCode();
            double w = getWidth() / 2;
            double h = getHeight() / 2;
            switch (k) {
                case LEFT -> viewport = viewport().panned(40, 0);
                case RIGHT -> viewport = viewport().panned(-40, 0);
                case UP -> viewport = viewport().panned(0, 40);
                case DOWN -> viewport = viewport().panned(0, -40);
                case PLUS, ADD, EQUALS -> viewport = viewport().zoomed(1.25, w, h);
                case MINUS, SUBTRACT -> viewport = viewport().zoomed(0.8, w, h);
                case DIGIT0, NUMPAD0 -> viewport = null;
                case BACK_SPACE -> {
                    if (!model.up()) {
                        return;
                    }
                    viewport = null;
                }
                default -> {
                    return;
                }
            }
            e.consume();
            repaint();
        });
    }

    /** The area the pointer is over, if any. */
    Optional<String> hovered() {
        return Optional.ofNullable(hovered);
    }

    /** The screen point of an area's label, in this region's coordinates (for tests and keyboard users). */
    Optional<double[]> pointOf(String key) {
        var picture = model.picture();
        return picture.shapes().shape(key).map(s -> {
            double[] p = picture.shapes().labelPoint(s);
            return new double[] {viewport().screenX(p[0]), viewport().screenY(p[1])};
        });
    }

    /** The RGB colour an area is filled with now. */
    Optional<Integer> fillOf(String key) {
        return model.picture().fillOf(key);
    }

    /** How many measures the measures layer counts in each area now (empty while the layer is off). */
    Map<String, Integer> measureCounts() {
        return model.overlay(null).measures();
    }

    /** The names the map writes into their areas now (the others show on hover). */
    List<String> labelled() {
        var picture = model.picture();
        return picture.labelled().stream().map(k -> picture.shapes().shape(k).map(s -> s.name()).orElse(k)).toList();
    }

    /** How many areas the legend counts in each class now. */
    int[] legendCounts() {
        return model.picture().choropleth().map(c -> c.classes().counts()).orElse(new int[0]);
    }

    private void hover(String key) {
        if (Objects.equals(key, hovered)) {
            return;
        }
        hovered = key;
        if (key == null) {
            Tooltip.uninstall(this, tip);
        } else {
            tip.setText(model.describe(key).orElse(key));
            Tooltip.install(this, tip);
        }
        repaint();
    }

    private Viewport viewport() {
        if (model.picture() != fitted) {
            // another level (or store) is shown: fit its areas
            fitted = model.picture();
            viewport = null;
        }
        if (viewport == null) {
            viewport = model.picture().fit(width(), height());
        }
        return viewport;
    }

    private void resetAndRepaint() {
        viewport = null;
        repaint();
    }

    private int width() {
        return Math.max(1, (int) Math.round(getWidth()));
    }

    private int height() {
        return Math.max(1, (int) Math.round(getHeight()));
    }

    void repaint() {
        if (getWidth() < 2 || getHeight() < 2) {
            return;
        }
        int w = width();
        int h = height();
        BufferedImage image = model.picture().render(w, h, viewport(), model.overlay(hovered));
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        WritableImage target = view.getImage() instanceof WritableImage wi && wi.getWidth() == w && wi.getHeight() == h
                ? wi : new WritableImage(w, h);
        target.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
        view.setImage(target);
    }

    /** The height an exported picture of this width needs. */
    int heightFor(int width) {
        return model.picture().heightFor(width);
    }

    /** The map as now shown, at another size, for export. */
    BufferedImage render(int width, int height) {
        var picture = model.picture();
        return picture.render(width, height, picture.fit(width, height), model.overlay(null));
    }
}
