package dev.incident.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An immutable list whose {@link #append} shares storage with the list it came from, so building a
 * history of {@code n} elements one append at a time costs amortised O(1) per element instead of
 * O(n).
 *
 * <p>Every instance is a view of the first {@code size} slots of a shared buffer. The first append
 * from a given view claims the next slot with a compare-and-set and writes in place; a second append
 * from the same view (a branch) finds the slot taken and copies. Slots below a view's size are never
 * written again, so each view is immutable and safe to share between threads once published.
 *
 * @param <E> element type
 */
public final class AppendOnlyList<E> extends AbstractList<E> implements RandomAccess {
    private static final AppendOnlyList<?> EMPTY = new AppendOnlyList<>(new Buffer(0), 0);

    private final Buffer buffer;
    private final int size;

    private AppendOnlyList(Buffer buffer, int size) {
        this.buffer = buffer;
        this.size = size;
    }

    /** Returns the empty list. */
    @SuppressWarnings("unchecked")
    public static <E> AppendOnlyList<E> empty() {
        return (AppendOnlyList<E>) EMPTY;
    }

    /**
     * Returns a new list with {@code element} added at the end; this list is unchanged.
     *
     * @throws NullPointerException if {@code element} is null
     */
    public AppendOnlyList<E> append(E element) {
        Checks.notNull(element, "element");
        Buffer b = buffer;
        if (size < b.slots.length && b.claimed.compareAndSet(size, size + 1)) {
            b.slots[size] = element;
            return new AppendOnlyList<>(b, size + 1);
        }
        Buffer grown = new Buffer(Math.max(8, size * 2));
        System.arraycopy(b.slots, 0, grown.slots, 0, size);
        grown.slots[size] = element;
        grown.claimed.set(size + 1);
        return new AppendOnlyList<>(grown, size + 1);
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " out of bounds for size " + size);
        }
        return (E) buffer.slots[index];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOf(buffer.slots, size);
    }

    /** Returns this list as an unmodifiable {@link List} view (this object itself). */
    public List<E> asList() {
        return this;
    }

    private static final class Buffer {
        final Object[] slots;
        final AtomicInteger claimed = new AtomicInteger();

        Buffer(int capacity) {
            this.slots = new Object[capacity];
        }
    }
}
