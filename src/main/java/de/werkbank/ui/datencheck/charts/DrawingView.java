package de.werkbank.ui.datencheck.charts;

import de.werkbank.chart.Drawing;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * Shows a chart the core draws with Java2D (the same drawing the PDF prints), at the size of this
 * region and the screen's pixel density, with a tooltip for what lies under the pointer.
 *
 * @param <D> the kind of drawing
 */
public final class DrawingView<D extends Drawing> extends Region {

    /** What the view asks of its owner: a drawing of a size, and the text for a point of it. */
    public interface Source<D extends Drawing> {
        D draw(double width, double height);

        Optional<String> describe(D drawing, double x, double y);
    }

    private final ImageView view = new ImageView();
    private final Source<D> source;
    private final Tooltip tip = new Tooltip();
    private D drawing;
    private String tipText;
    private double drawnWidth;
    private double drawnHeight;

    public DrawingView(Source<D> source) {
        this.source = source;
        getChildren().add(view);
        view.setManaged(false);
        setMinSize(240, 180);
        setPrefSize(640, 480);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        tip.setShowDelay(Duration.millis(150));
        setOnMouseMoved(e -> hover(drawing == null ? Optional.empty() : source.describe(drawing, e.getX(), e.getY())));
        setOnMouseExited(e -> hover(Optional.empty()));
    }

    /** Draws again (the data changed). */
    public void redraw() {
        drawnWidth = -1;
        requestLayout();
    }

    /** The drawing now shown ({@code null} before the first layout). */
    public D drawing() {
        return drawing;
    }

    /** The text the tooltip shows now, or {@code null}. */
    public String tooltipText() {
        return tipText;
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (w < 2 || h < 2 || (w == drawnWidth && h == drawnHeight)) {
            return;
        }
        drawnWidth = w;
        drawnHeight = h;
        drawing = source.draw(w, h);
        double scale = getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getRenderScaleX() : 1;
        int pw = (int) Math.ceil(w * scale);
        int ph = (int) Math.ceil(h * scale);
        BufferedImage image = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, pw, ph);
            g.scale(scale, scale);
            drawing.paint(g);
        } finally {
            g.dispose();
        }
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        WritableImage target = new WritableImage(pw, ph);
        target.getPixelWriter().setPixels(0, 0, pw, ph, PixelFormat.getIntArgbPreInstance(), pixels, 0, pw);
        view.setImage(target);
        view.setFitWidth(w);
        view.setFitHeight(h);
        view.relocate(0, 0);
        hover(Optional.empty());
    }

    private void hover(Optional<String> text) {
        String now = text.orElse(null);
        if (Objects.equals(now, tipText)) {
            return;
        }
        tipText = now;
        setAccessibleText(now);
        if (now == null) {
            Tooltip.uninstall(this, tip);
        } else {
            tip.setText(now);
            Tooltip.install(this, tip);
        }
    }
}
