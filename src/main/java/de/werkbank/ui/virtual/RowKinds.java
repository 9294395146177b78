package de.werkbank.ui.virtual;

import java.util.function.Supplier;

/**
 * The kinds of rows a {@link VirtualList} shows (e.g. lane headers and cards): each kind has a fixed
 * height and its own recycled row nodes, and may be left out of the selection.
 *
 * @param <T> the item type
 */
public interface RowKinds<T> {

    /** The kind of the row showing {@code item}: 0, 1, 2 … */
    int kindOf(T item);

    /** The height of a row of this kind, gap included. */
    double height(int kind);

    /** A new row node for items of this kind. */
    VirtualList.Row<T> create(int kind);

    /** Whether rows of this kind can be selected (keys and clicks pass over the others). */
    default boolean selectable(int kind) {
        return true;
    }

    /** One kind of rows, all {@code height} tall. */
    static <T> RowKinds<T> one(double height, Supplier<VirtualList.Row<T>> factory) {
        return new RowKinds<>() {
            @Override
            public int kindOf(T item) {
                return 0;
            }

            @Override
            public double height(int kind) {
                return height;
            }

            @Override
            public VirtualList.Row<T> create(int kind) {
                return factory.get();
            }
        };
    }
}
