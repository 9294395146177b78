package de.werkbank.snapshot;

import java.util.UUID;

/**
 * The ids a snapshot's check has seen: a set of UUIDs kept as pairs of longs in one array (open
 * addressing), so that adding the 100,000 and more ids of a large plan makes no object per id. Only
 * what the check needs: {@link #add} and {@link #size}.
 */
final class UuidSet {

    private long[] slots;
    private boolean[] used;
    private int size;

    /** @param expected how many ids are likely to be added (the set grows beyond it if need be) */
    UuidSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[capacity * 2];
        used = new boolean[capacity];
    }

    /** @return whether {@code id} was new */
    boolean add(UUID id) {
        long high = id.getMostSignificantBits();
        long low = id.getLeastSignificantBits();
        if (size * 2 >= used.length) {
            grow();
        }
        int mask = used.length - 1;
        for (int i = slot(high, low, mask); ; i = (i + 1) & mask) {
            if (!used[i]) {
                used[i] = true;
                slots[2 * i] = high;
                slots[2 * i + 1] = low;
                size++;
                return true;
            }
            if (slots[2 * i] == high && slots[2 * i + 1] == low) {
                return false;
            }
        }
    }

    int size() {
        return size;
    }

    private static int slot(long high, long low, int mask) {
        long h = (high ^ Long.rotateLeft(low, 32)) * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] oldSlots = slots;
        boolean[] oldUsed = used;
        slots = new long[oldSlots.length * 2];
        used = new boolean[oldUsed.length * 2];
        size = 0;
        for (int i = 0; i < oldUsed.length; i++) {
            if (oldUsed[i]) {
                add(new UUID(oldSlots[2 * i], oldSlots[2 * i + 1]));
            }
        }
    }
}
