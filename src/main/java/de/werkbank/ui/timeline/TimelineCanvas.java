package de.werkbank.ui.timeline;

import de.werkbank.i18n.Messages;
import de.werkbank.timeline.Bar;
import de.werkbank.timeline.Timeline;
import de.werkbank.timeline.TimelineNavigation;
import de.werkbank.timeline.TimelinePainter;
import de.werkbank.timeline.Zoom;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;

/**
 * The chart on screen: the {@link TimelinePainter}'s picture at the region's size, shown as an image.
 * A bar is dragged to move it, its ends (the outer {@value #EDGE} pixels) to change start or end; the
 * change is stored on release. The wheel scrolls (with Shift across), Ctrl+wheel or + and − zoom around
 * the pointer; arrows select, Alt+←/→ move by the zoom's unit, Alt+Shift+←/→ change the end, Enter
 * opens the Werkzeugblatt. A measure from the "ohne Zeitraum" list dropped on it gets its dates there.
 */
final class TimelineCanvas extends Region {

    static final double EDGE = 6;

    private enum Grip { MOVE, START, END }

    private final TimelineViewModel model;
    private final Supplier<UUID> droppedMeasure;
    private final TimelinePainter painter = new TimelinePainter();
    private final ImageView view = new ImageView();
    /** The hover text, drawn inside the chart (a popup tooltip would take the keyboard in some toolkits). */
    private final Label tip = new Label();
    private final DoubleProperty scrollX = new SimpleDoubleProperty(Double.NaN);
    private final DoubleProperty scrollY = new SimpleDoubleProperty();
    /** The picture painted into, kept while the size stays (a repaint allocates no image). */
    private BufferedImage frame;
    private boolean repaintPending;
    private UUID hovered;
    private UUID dragged;
    private Grip grip;
    private double pressX;
    private double pressY;
    private double shift;
    private boolean panning;

    /** @param droppedMeasure the measure being dragged from the "ohne Zeitraum" list, or {@code null} */
    TimelineCanvas(TimelineViewModel model, Supplier<UUID> droppedMeasure) {
        this.model = model;
        this.droppedMeasure = droppedMeasure;
        getChildren().addAll(view, tip);
        setId("timeline-canvas");
        getStyleClass().add("timeline-canvas");
        setFocusTraversable(true);
        setMinSize(240, 160);
        setAccessibleHelp(Messages.tr("ui.timeline.keys"));
        tip.setId("timeline-hover");
        tip.getStyleClass().add("timeline-hover");
        tip.setStyle("-fx-background-color: #ffffffee; -fx-border-color: #8c959f; -fx-padding: 4 8 4 8;"
                + " -fx-background-radius: 3; -fx-border-radius: 3;");
        tip.setWrapText(true);
        tip.setMaxWidth(380);
        tip.setManaged(false);
        tip.setMouseTransparent(true);
        tip.setVisible(false);
        model.timelineProperty().addListener(o -> repaint());
        model.selectedProperty().addListener(o -> repaint());
        scrollX.addListener(o -> repaint());
        scrollY.addListener(o -> repaint());
        widthProperty().addListener(o -> repaint());
        heightProperty().addListener(o -> repaint());
        focusedProperty().addListener(o -> repaint());
        setOnMouseMoved(this::hover);
        setOnMouseExited(e -> showTip(null, 0, 0));
        setOnMousePressed(this::press);
        setOnMouseDragged(this::drag);
        setOnMouseReleased(this::release);
        addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            UUID card = droppedMeasure.get();
            if (card != null && timeline() != null && e.getX() > TimelinePainter.HEADER_WIDTH) {
                model.place(card, timeline().dateAt(view().chartX(e.getX())));
                model.selectedProperty().set(card);
                requestFocus();
            }
        });
        addEventFilter(ScrollEvent.SCROLL, this::scroll);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    TimelineViewModel model() {
        return model;
    }

    DoubleProperty scrollXProperty() {
        return scrollX;
    }

    DoubleProperty scrollYProperty() {
        return scrollY;
    }

    private Timeline timeline() {
        return model.timelineProperty().get();
    }

    TimelinePainter.View view() {
        Timeline t = timeline();
        if (Double.isNaN(scrollX.get()) && t != null && getWidth() > TimelinePainter.HEADER_WIDTH) {
            // first shown: today a third of the way in (by years: the past two years and the next three)
            scrollX.set(clampX(t.xOf(t.today()) - (getWidth() - TimelinePainter.HEADER_WIDTH) / 3));
        }
        double sx = Double.isNaN(scrollX.get()) ? 0 : scrollX.get();
        return new TimelinePainter.View(sx, scrollY.get(), Math.max(1, (int) getWidth()), Math.max(1, (int) getHeight()));
    }

    double maxScrollX() {
        Timeline t = timeline();
        return t == null ? 0 : Math.max(0, t.width() - (getWidth() - TimelinePainter.HEADER_WIDTH));
    }

    double maxScrollY() {
        Timeline t = timeline();
        return t == null ? 0 : Math.max(0, t.height() - (getHeight() - TimelinePainter.AXIS_HEIGHT));
    }

    private double clampX(double x) {
        return Math.max(0, Math.min(maxScrollX(), x));
    }

    private double clampY(double y) {
        return Math.max(0, Math.min(maxScrollY(), y));
    }

    /** Where a point of the chart is on the screen (for tests and for showing a bar). */
    Point2D screenPoint(double chartX, double chartY) {
        return localToScreen(view().screenX(chartX), view().screenY(chartY));
    }

    private void hover(MouseEvent e) {
        Timeline t = timeline();
        if (t == null) {
            return;
        }
        var v = view();
        Optional<Bar> bar = e.getX() > TimelinePainter.HEADER_WIDTH && e.getY() > TimelinePainter.AXIS_HEIGHT
                ? t.barAt(v.chartX(e.getX()), v.chartY(e.getY())) : Optional.empty();
        UUID now = bar.map(b -> b.measure().card()).orElse(null);
        if (!java.util.Objects.equals(now, hovered)) {
            hovered = now;
            repaint();
        }
        setCursor(bar.map(b -> grip(b, v.chartX(e.getX())) == Grip.MOVE ? Cursor.HAND : Cursor.H_RESIZE)
                .orElse(Cursor.DEFAULT));
        if (bar.isPresent()) {
            showTip(TimelineText.barTip(bar.get()), e.getX(), e.getY());
        } else if (e.getX() <= TimelinePainter.HEADER_WIDTH && e.getY() > TimelinePainter.AXIS_HEIGHT) {
            showTip(t.laneAt(v.chartY(e.getY())).map(TimelineText::laneTip).orElse(null), e.getX(), e.getY());
        } else {
            showTip(null, 0, 0);
        }
    }

    /** Shows the hover text beside the pointer, inside the chart ({@code null}: hides it). */
    private void showTip(String text, double x, double y) {
        if (text == null) {
            tip.setVisible(false);
            return;
        }
        tip.setText(text);
        double w = Math.min(tip.getMaxWidth(), tip.prefWidth(-1));
        double h = tip.prefHeight(w);
        double left = x + 16 + w > getWidth() ? Math.max(0, x - 8 - w) : x + 16;
        double top = y + 18 + h > getHeight() ? Math.max(0, y - 8 - h) : y + 18;
        tip.resizeRelocate(left, top, w, h);
        tip.setVisible(true);
    }

    /** The hover text shown now, or empty. */
    Optional<String> hoverText() {
        return tip.isVisible() ? Optional.of(tip.getText()) : Optional.empty();
    }

    private static Grip grip(Bar b, double chartX) {
        double edge = Math.min(EDGE, b.width() / 3);
        return chartX < b.x() + edge ? Grip.START : chartX >= b.right() - edge ? Grip.END : Grip.MOVE;
    }

    private void press(MouseEvent e) {
        requestFocus();
        Timeline t = timeline();
        pressX = e.getX();
        pressY = e.getY();
        shift = 0;
        dragged = null;
        panning = false;
        if (t == null || e.getX() <= TimelinePainter.HEADER_WIDTH) {
            return;
        }
        var v = view();
        Optional<Bar> bar = t.barAt(v.chartX(e.getX()), v.chartY(e.getY()));
        if (bar.isPresent()) {
            dragged = bar.get().measure().card();
            grip = grip(bar.get(), v.chartX(e.getX()));
            model.selectedProperty().set(dragged);
            if (e.getClickCount() == 2) {
                dragged = null;
                model.open(bar.get().measure().card());
            }
        } else {
            panning = true;
        }
    }

    private void drag(MouseEvent e) {
        if (dragged != null) {
            shift = e.getX() - pressX;
            repaint();
        } else if (panning) {
            scrollX.set(clampX(view().scrollX() - (e.getX() - pressX)));
            scrollY.set(clampY(scrollY.get() - (e.getY() - pressY)));
            pressX = e.getX();
            pressY = e.getY();
        }
    }

    private void release(MouseEvent e) {
        UUID card = dragged;
        dragged = null;
        panning = false;
        Timeline t = timeline();
        if (card == null || t == null) {
            return;
        }
        long days = Math.round(shift / t.zoom().pixelsPerDay());
        shift = 0;
        if (days == 0) {
            repaint();
            return;
        }
        var m = t.bar(card).orElseThrow().measure();
        switch (grip) {
            case MOVE -> model.moveByDays(card, days);
            case START -> model.setDates(card, m.start().plusDays(days), m.end());
            case END -> model.setDates(card, m.start(), m.end().plusDays(days));
        }
        repaint();
    }

    private void scroll(ScrollEvent e) {
        if (timeline() == null) {
            return;
        }
        if (e.isShortcutDown() || e.isControlDown()) {
            if (e.getDeltaY() != 0) {
                zoomAt(e.getX(), e.getDeltaY() > 0);
            }
        } else if (e.isShiftDown()) {
            double d = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
            scrollX.set(clampX(view().scrollX() - d));
        } else {
            scrollX.set(clampX(view().scrollX() - e.getDeltaX()));
            scrollY.set(clampY(scrollY.get() - e.getDeltaY()));
        }
        e.consume();
    }

    /** Zooms in or out keeping the day at the screen's {@code x} where it is. */
    void zoomAt(double x, boolean in) {
        Zoom now = model.zoomProperty().get();
        zoomTo(x, in ? now.in() : now.out());
    }

    /** Shows another zoom, keeping the day at the screen's {@code x} where it is. */
    void zoomTo(double x, Zoom target) {
        Timeline before = timeline();
        if (before == null || target == before.zoom()) {
            return;
        }
        double at = Math.max(TimelinePainter.HEADER_WIDTH, x);
        var day = before.dateAt(view().chartX(at));
        model.zoomProperty().set(target);
        scrollX.set(clampX(timeline().xOf(day) - (at - TimelinePainter.HEADER_WIDTH)));
        repaint();
    }

    private void key(KeyEvent e) {
        Timeline t = timeline();
        if (t == null || e.isShortcutDown()) {
            return; // Strg +/−/0 stay the window's zoom
        }
        UUID selected = model.selectedProperty().get();
        KeyCode k = e.getCode();
        boolean horizontal = k == KeyCode.LEFT || k == KeyCode.RIGHT;
        int direction = k == KeyCode.RIGHT ? 1 : -1;
        if (e.isAltDown() && horizontal && selected != null) {
            if (e.isShiftDown()) {
                model.changeEndByUnit(selected, direction);
            } else {
                model.moveByUnit(selected, direction);
            }
            reveal(selected);
        } else if (!e.isAltDown() && (horizontal || k == KeyCode.UP || k == KeyCode.DOWN)) {
            TimelineNavigation.next(t, selected, TimelineNavigation.Direction.valueOf(k.name())).ifPresent(card -> {
                model.selectedProperty().set(card);
                reveal(card);
            });
        } else if (k == KeyCode.ENTER && selected != null) {
            model.open(selected);
        } else if (k == KeyCode.PLUS || k == KeyCode.ADD || k == KeyCode.EQUALS) {
            zoomAt((getWidth() + TimelinePainter.HEADER_WIDTH) / 2, true);
        } else if (k == KeyCode.MINUS || k == KeyCode.SUBTRACT) {
            zoomAt((getWidth() + TimelinePainter.HEADER_WIDTH) / 2, false);
        } else {
            return;
        }
        e.consume();
    }

    /** Scrolls so that the measure's bar is in sight. */
    void reveal(UUID card) {
        Timeline t = timeline();
        t.bar(card).ifPresent(b -> {
            var v = view();
            double w = getWidth() - TimelinePainter.HEADER_WIDTH;
            double h = getHeight() - TimelinePainter.AXIS_HEIGHT;
            if (b.x() < v.scrollX() || b.x() > v.scrollX() + w - 40) {
                scrollX.set(clampX(b.x() - 40));
            }
            if (b.y() < v.scrollY() || b.y() + b.height() > v.scrollY() + h) {
                scrollY.set(clampY(b.y() - h / 3));
            }
        });
    }

    /**
     * Paints the picture again, once for all the changes of one event (a scroll across and down, a zoom
     * that moves the view): the painting waits for the event to be handled.
     */
    void repaint() {
        if (!repaintPending) {
            repaintPending = true;
            javafx.application.Platform.runLater(this::paintNow);
        }
    }

    private void paintNow() {
        repaintPending = false;
        Timeline t = timeline();
        if (t == null || getWidth() < 2 || getHeight() < 2) {
            return;
        }
        var v = view();
        double startShift = grip == Grip.END ? 0 : shift;
        double endShift = grip == Grip.START ? 0 : shift;
        var highlight = new TimelinePainter.Highlight(model.selectedProperty().get(), hovered, dragged, startShift,
                endShift);
        if (frame == null || frame.getWidth() != v.width() || frame.getHeight() != v.height()) {
            frame = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        }
        var g = frame.createGraphics();
        try {
            painter.paint(g, t, v, highlight);
        } finally {
            g.dispose();
        }
        int w = frame.getWidth();
        int h = frame.getHeight();
        int[] pixels = ((DataBufferInt) frame.getRaster().getDataBuffer()).getData();
        WritableImage target = view.getImage() instanceof WritableImage wi && wi.getWidth() == w && wi.getHeight() == h
                ? wi : new WritableImage(w, h);
        target.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
        view.setImage(target);
    }

    /** The whole chart, for "Als PNG speichern…". */
    BufferedImage renderWhole() {
        Timeline t = timeline();
        return painter.render(t, TimelinePainter.View.whole(t), TimelinePainter.Highlight.NONE);
    }
}
