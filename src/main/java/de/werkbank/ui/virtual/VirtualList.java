package de.werkbank.ui.virtual;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
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
 * A light, virtualised list: only the rows in view become nodes, however long the list, and rows are
 * recycled as it scrolls. Each kind of row (see {@link RowKinds}) has a fixed height, so the geometry
 * is exact ({@link Rows}): a pointer position maps to one row and one insertion index without
 * measuring anything. Built from plain regions (no ListView, no ScrollBar skins), it is cheap to show
 * in a cold JVM.
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
    private final RowKinds<T> kinds;
    /** The recycled row nodes, per kind. */
    private final List<List<Row<T>>> rows = new ArrayList<>();
    /** Which row node showed which item in the last layout pass: an item still in view keeps its node. */
    private Map<T, Row<T>> shown = new HashMap<>();
    private Rows geometry;
    /** The last geometry, measured anew into the same memory after a change. */
    private Rows outdated;
    private final Region thumb = new Region();
    private final Region dropLine = new Region();
    private final Label placeholder = new Label();
    private final Rectangle clip = new Rectangle();
    private final InvalidationListener onItemsChanged = o -> itemsChanged();
    private ObservableList<T> watched;
    private double scrollY;
    private double minContent;
    private final DoubleProperty scrolled = new SimpleDoubleProperty();
    private int dropIndex = -1;

    /** @param rowHeight the height of every row, gap included */
    public VirtualList(double rowHeight, Supplier<Row<T>> rowFactory) {
        this(RowKinds.one(rowHeight, rowFactory));
    }

    /** A list of rows of several kinds, each kind with its own height. */
    public VirtualList(RowKinds<T> kinds) {
        this.kinds = kinds;
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
            if (index < size() && selectable(index)) {
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

    /** The row index under a y position of this list (the size when past the last row). */
    public final int indexAt(double y) {
        return geometry().at(y - snappedTopInset() + scrollY);
    }

    /**
     * The insertion index for a pointer at {@code y}: before the row when the pointer is in its upper
     * half, after it in its lower half, at the end below the last row.
     */
    public final int insertionIndexAt(double y) {
        return geometry().insertionIndex(y - snappedTopInset() + scrollY);
    }

    /** The selectable row nearest to {@code index}: it, or the next one down, or else up; -1 for none. */
    public final int selectableNear(int index) {
        int down = selectableFrom(Math.max(0, index), 1);
        return down >= 0 ? down : selectableFrom(Math.min(size() - 1, index), -1);
    }

    /** Shows a line where an item dropped at {@code index} would land; -1 hides it. */
    public final void showDropLine(int index) {
        dropIndex = index;
        requestLayout();
    }

    /** Scrolls so that the row at {@code index} is in view. */
    public final void scrollTo(int index) {
        double top = geometry().top(index);
        double bottom = geometry().top(index + 1);
        double view = viewHeight();
        if (top < scrollY) {
            setScrollY(top);
        } else if (bottom > scrollY + view) {
            setScrollY(bottom - view);
        }
    }

    public final void scrollBy(double dy) {
        setScrollY(scrollY + dy);
    }

    /** How far the list is scrolled: the px of the rows above the view. */
    public final ReadOnlyDoubleProperty scrolledProperty() {
        return scrolled;
    }

    /** The height of all rows together. */
    public final double contentHeight() {
        return geometry().total();
    }

    /** Lets the list scroll as if its rows were at least this tall (lists scrolled together scroll alike). */
    public final void setMinContentHeight(double height) {
        if (height != minContent) {
            minContent = height;
            requestLayout();
        }
    }

    private void setScrollY(double y) {
        double clamped = Math.max(0, Math.min(maxScroll(), y));
        if (clamped != scrollY) {
            scrollY = clamped;
            scrolled.set(scrollY);
            requestLayout();
        }
    }

    private double viewHeight() {
        return getHeight() - snappedTopInset() - snappedBottomInset();
    }

    private double maxScroll() {
        return Math.max(0, Math.max(geometry().total(), minContent) - viewHeight());
    }

    private int size() {
        return getItems().size();
    }

    /** Where the rows stand, worked out once per change of the items. */
    private Rows geometry() {
        if (geometry == null) {
            List<T> items = getItems();
            geometry = Rows.remeasured(outdated, items.size(), i -> kinds.height(kinds.kindOf(items.get(i))));
        }
        return geometry;
    }

    private boolean selectable(int index) {
        return kinds.selectable(kinds.kindOf(getItems().get(index)));
    }

    /** The first selectable row from {@code index} on, going {@code step} (1 or -1); -1 for none. */
    private int selectableFrom(int index, int step) {
        for (int i = index; i >= 0 && i < size(); i += step) {
            if (selectable(i)) {
                return i;
            }
        }
        return -1;
    }

    /** The rows are measured again when next needed; the layout pass keeps the scroll position in range. */
    private void itemsChanged() {
        if (geometry != null) {
            outdated = geometry;
        }
        geometry = null;
        int selected = selectedIndex.get();
        if (selected >= size() || selected >= 0 && !selectable(selected)) {
            selectedIndex.set(selectableNear(Math.min(selected, size() - 1)));
        }
        requestLayout();
    }

    private void keyPressed(KeyEvent e) {
        int i = selectedIndex.get();
        int next = switch (e.getCode()) {
            case DOWN -> orElse(selectableFrom(i + 1, 1), i);
            case UP -> orElse(selectableFrom(i - 1, -1), i >= 0 ? i : selectableFrom(0, 1));
            case HOME -> selectableFrom(0, 1);
            case END -> selectableFrom(size() - 1, -1);
            case PAGE_DOWN -> selectableNear(Math.min(size() - 1, geometry().at(geometry().top(Math.max(0, i)) + viewHeight())));
            case PAGE_UP -> selectableNear(geometry().at(geometry().top(Math.max(0, i)) - viewHeight()));
            default -> Integer.MIN_VALUE;
        };
        if (next != Integer.MIN_VALUE && !e.isShortcutDown() && next >= 0) {
            selectedIndex.set(next);
            scrollTo(next);
            e.consume();
        }
    }

    private static int orElse(int index, int fallback) {
        return index >= 0 ? index : fallback;
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + snappedBottomInset() + geometry().top(Math.min(size(), 6));
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
        scrolled.set(scrollY);
        Rows g = geometry();
        boolean scrollable = maxScroll() > 0;
        pseudoClassStateChanged(SCROLLABLE, scrollable);
        double rowWidth = width - (scrollable ? thumbWidth() + 2 : 0);

        int first = g.at(scrollY);
        int end = first;
        while (end < size() && g.top(end) < scrollY + view) {
            end++;
        }
        Map<T, Row<T>> previous = shown;
        shown = new HashMap<>();
        Set<Row<T>> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Row<T>> assigned = new ArrayList<>(Collections.nCopies(end - first, null));
        for (int index = first; index < end; index++) {
            Row<T> row = previous.remove(getItems().get(index));
            if (row != null) {
                assigned.set(index - first, row);
                kept.add(row);
            }
        }
        List<Deque<Row<T>>> free = freeRows(kept);
        for (int index = first; index < end; index++) {
            T item = getItems().get(index);
            Row<T> row = assigned.get(index - first);
            if (row == null) {
                row = nextFree(free, kinds.kindOf(item));
                kept.add(row);
            }
            row.show(item, index);
            shown.put(item, row);
            Region node = row.node();
            node.setVisible(true);
            node.pseudoClassStateChanged(SELECTED, index == selectedIndex.get());
            node.resizeRelocate(in.getLeft(), in.getTop() + g.top(index) - scrollY, rowWidth, g.height(index));
        }
        free.forEach(rest -> rest.forEach(row -> row.node().setVisible(false)));

        placeholder.setVisible(size() == 0);
        placeholder.resizeRelocate(in.getLeft(), in.getTop(), width, Math.min(view, kinds.height(0) * 2));
        thumb.setVisible(scrollable);
        if (scrollable) {
            double total = g.total();
            double h = Math.max(24, view * view / total);
            double y = in.getTop() + (view - h) * (scrollY / maxScroll());
            thumb.resizeRelocate(getWidth() - in.getRight() - thumbWidth(), y, thumbWidth(), h);
        }
        dropLine.setVisible(dropIndex >= 0);
        if (dropIndex >= 0) {
            double y = in.getTop() + g.top(dropIndex) - scrollY;
            dropLine.resizeRelocate(in.getLeft(), Math.max(in.getTop(), y - 2), rowWidth, 3);
        }
    }

    /** Per kind, the row nodes not kept for the items they showed before. */
    private List<Deque<Row<T>>> freeRows(Set<Row<T>> kept) {
        List<Deque<Row<T>>> free = new ArrayList<>();
        for (List<Row<T>> pool : rows) {
            Deque<Row<T>> rest = new ArrayDeque<>();
            pool.stream().filter(row -> !kept.contains(row)).forEach(rest::add);
            free.add(rest);
        }
        return free;
    }

    /** A free row node of this kind for this layout pass, made when there is none. */
    private Row<T> nextFree(List<Deque<Row<T>>> free, int kind) {
        while (rows.size() <= kind) {
            rows.add(new ArrayList<>());
            free.add(new ArrayDeque<>());
        }
        Row<T> row = free.get(kind).poll();
        if (row == null) {
            row = kinds.create(kind);
            rows.get(kind).add(row);
            getChildren().add(getChildren().size() - 2, row.node());
        }
        return row;
    }

    private double thumbWidth() {
        double w = thumb.prefWidth(-1);
        return w > 0 ? w : 6;
    }
}
