package de.werkbank.ui.virtual;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * A light, virtualised list of equally tall rows: only the rows in view become nodes, however long the
 * list, and rows are recycled as it scrolls. Equal heights make the geometry exact, so a pointer
 * position maps to one row and one insertion index without measuring anything. Built from plain
 * regions (no ListView, no ScrollBar skins), it is cheap to show in a cold JVM.
 *
 * @param <T> the item type
 */
public class VirtualList<T> extends Region {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass SCROLLABLE = PseudoClass.getPseudoClass("scrollable");

    /** A row's node, filled with one item at a time. */
    public interface Row<T> {
        Region node();

        void show(T item, int index);
    }

    private final ObjectProperty<ObservableList<T>> items = new SimpleObjectProperty<>(FXCollections.observableArrayList());
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(-1);
    private final Supplier<Row<T>> rowFactory;
    private final double rowHeight;
    private final List<Row<T>> rows = new ArrayList<>();
    private final Region thumb = new Region();
    private final Region dropLine = new Region();
    private final Label placeholder = new Label();
    private final Rectangle clip = new Rectangle();
    private final InvalidationListener onItemsChanged = o -> itemsChanged();
    private ObservableList<T> watched;
    private double scrollY;
    private int dropIndex = -1;

    /** @param rowHeight the height of every row, gap included */
    public VirtualList(double rowHeight, Supplier<Row<T>> rowFactory) {
        this.rowHeight = rowHeight;
        this.rowFactory = rowFactory;
        getStyleClass().add("virtual-list");
        thumb.getStyleClass().add("scroll-thumb");
        thumb.setManaged(false);
        dropLine.getStyleClass().add("drop-line");
        dropLine.setManaged(false);
        dropLine.setVisible(false);
        placeholder.getStyleClass().add("placeholder");
        placeholder.setManaged(false);
        placeholder.setWrapText(true);
        getChildren().addAll(placeholder, thumb, dropLine);
        setClip(clip);
        setFocusTraversable(true);

        // An invalidation listener, not a change listener: two empty lists are equal, and a change
        // listener would miss the switch from one to the other.
        watched = items.get();
        watched.addListener(onItemsChanged);
        items.addListener((InvalidationListener) o -> {
            watched.removeListener(onItemsChanged);
            watched = items.get();
            watched.addListener(onItemsChanged);
            itemsChanged();
        });
        selectedIndex.addListener(o -> requestLayout());
        addEventHandler(ScrollEvent.SCROLL, e -> {
            scrollBy(-e.getDeltaY());
            e.consume();
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            int index = indexAt(e.getY());
            if (index < size()) {
                selectedIndex.set(index);
            }
            // a scroll pane around the list would take the focus back on the same press
            e.consume();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        thumb.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            double track = getHeight() - thumb.getHeight();
            if (track > 0) {
                double y = thumb.getParent().sceneToLocal(e.getSceneX(), e.getSceneY()).getY() - thumb.getHeight() / 2;
                setScrollY(y / track * maxScroll());
            }
            e.consume();
        });
    }

    public final ObjectProperty<ObservableList<T>> itemsProperty() {
        return items;
    }

    public final void setItems(ObservableList<T> list) {
        items.set(list);
    }

    public final ObservableList<T> getItems() {
        return items.get();
    }

    /** The selected row, -1 for none. */
    public final IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    public final T selectedItem() {
        int i = selectedIndex.get();
        return i >= 0 && i < size() ? getItems().get(i) : null;
    }

    public final void setPlaceholderText(String text) {
        placeholder.setText(text);
    }

    /** The row index under a y position of this list (may be past the last row). */
    public final int indexAt(double y) {
        return Rows.at(y - snappedTopInset() + scrollY, rowHeight);
    }

    /**
     * The insertion index for a pointer at {@code y}: before the row when the pointer is in its upper
     * half, after it in its lower half, at the end below the last row.
     */
    public final int insertionIndexAt(double y) {
        return Rows.insertionIndex(y - snappedTopInset() + scrollY, rowHeight, size());
    }

    /** Shows a line where an item dropped at {@code index} would land; -1 hides it. */
    public final void showDropLine(int index) {
        dropIndex = index;
        requestLayout();
    }

    /** Scrolls so that the row at {@code index} is in view. */
    public final void scrollTo(int index) {
        double top = index * rowHeight;
        double view = viewHeight();
        if (top < scrollY) {
            setScrollY(top);
        } else if (top + rowHeight > scrollY + view) {
            setScrollY(top + rowHeight - view);
        }
    }

    public final void scrollBy(double dy) {
        setScrollY(scrollY + dy);
    }

    private void setScrollY(double y) {
        double clamped = Math.max(0, Math.min(maxScroll(), y));
        if (clamped != scrollY) {
            scrollY = clamped;
            requestLayout();
        }
    }

    private double viewHeight() {
        return getHeight() - snappedTopInset() - snappedBottomInset();
    }

    private double maxScroll() {
        return Math.max(0, size() * rowHeight - viewHeight());
    }

    private int size() {
        return getItems().size();
    }

    private void itemsChanged() {
        if (selectedIndex.get() >= size()) {
            selectedIndex.set(size() - 1);
        }
        setScrollY(scrollY);
        requestLayout();
    }

    private void keyPressed(KeyEvent e) {
        int i = selectedIndex.get();
        int next = switch (e.getCode()) {
            case DOWN -> Math.min(size() - 1, i + 1);
            case UP -> Math.max(0, i - 1);
            case HOME -> 0;
            case END -> size() - 1;
            case PAGE_DOWN -> Math.min(size() - 1, i + Math.max(1, (int) (viewHeight() / rowHeight)));
            case PAGE_UP -> Math.max(0, i - Math.max(1, (int) (viewHeight() / rowHeight)));
            default -> Integer.MIN_VALUE;
        };
        if (next != Integer.MIN_VALUE && !e.isShortcutDown() && size() > 0) {
            selectedIndex.set(next);
            scrollTo(next);
            e.consume();
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + snappedBottomInset() + Math.min(size(), 6) * rowHeight;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 200;
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double width = getWidth() - in.getLeft() - in.getRight();
        double view = viewHeight();
        clip.setWidth(getWidth());
        clip.setHeight(getHeight());
        scrollY = Math.max(0, Math.min(maxScroll(), scrollY));

        int first = (int) Math.floor(scrollY / rowHeight);
        int last = Math.min(size(), (int) Math.ceil((scrollY + view) / rowHeight));
        int needed = Math.max(0, last - first);
        while (rows.size() < needed) {
            Row<T> row = rowFactory.get();
            rows.add(row);
            getChildren().add(getChildren().size() - 2, row.node());
        }
        boolean scrollable = maxScroll() > 0;
        pseudoClassStateChanged(SCROLLABLE, scrollable);
        double rowWidth = width - (scrollable ? thumbWidth() + 2 : 0);
        for (int r = 0; r < rows.size(); r++) {
            Region node = rows.get(r).node();
            int index = first + r;
            if (r < needed) {
                rows.get(r).show(getItems().get(index), index);
                node.setVisible(true);
                node.pseudoClassStateChanged(SELECTED, index == selectedIndex.get());
                node.resizeRelocate(in.getLeft(), in.getTop() + index * rowHeight - scrollY, rowWidth, rowHeight);
            } else {
                node.setVisible(false);
            }
        }

        placeholder.setVisible(size() == 0);
        placeholder.resizeRelocate(in.getLeft(), in.getTop(), width, Math.min(view, rowHeight * 2));
        thumb.setVisible(scrollable);
        if (scrollable) {
            double total = size() * rowHeight;
            double h = Math.max(24, view * view / total);
            double y = in.getTop() + (view - h) * (scrollY / maxScroll());
            thumb.resizeRelocate(getWidth() - in.getRight() - thumbWidth(), y, thumbWidth(), h);
        }
        dropLine.setVisible(dropIndex >= 0);
        if (dropIndex >= 0) {
            double y = in.getTop() + dropIndex * rowHeight - scrollY;
            dropLine.resizeRelocate(in.getLeft(), Math.max(in.getTop(), y - 2), rowWidth, 3);
        }
    }

    private double thumbWidth() {
        double w = thumb.prefWidth(-1);
        return w > 0 ? w : 6;
    }
}
