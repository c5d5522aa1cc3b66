package dev.incident.lifecycle;

import dev.incident.internal.Checks;
import java.util.OptionalInt;

/**
 * Thrown by the throwing methods of {@link Lifecycle} when an event is refused. It carries the same
 * {@link Rejection} value that {@link Lifecycle#tryApply} returns, and, when thrown by {@link
 * Lifecycle#replay}, the position of the refused event in the history.
 */
public final class TransitionRejectedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final transient Rejection rejection;
    private final int index;

    /**
     * Creates the exception for a refused event that is not part of a replayed history.
     *
     * @throws NullPointerException if {@code rejection} is null
     */
    public TransitionRejectedException(Rejection rejection) {
        this(rejection, -1);
    }

    /**
     * Creates the exception for the event at {@code index} of a replayed history, or for a single
     * event when {@code index} is negative.
     *
     * @throws NullPointerException if {@code rejection} is null
     */
    public TransitionRejectedException(Rejection rejection, int index) {
        super(Checks.notNull(rejection, "rejection").message());
        this.rejection = rejection;
        this.index = Math.max(-1, index);
    }

    /** The refusal. */
    public Rejection rejection() {
        return rejection;
    }

    /** The position (from 0) of the refused event in a replayed history, if this came from a replay. */
    public OptionalInt eventIndex() {
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
    }
}
