package io.konversio.rules;

import org.jspecify.annotations.Nullable;

/**
 * How an event changed one attribute: its value before and after (null when absent). Immutable and
 * thread-safe if the values are.
 *
 * @param from the previous value
 * @param to   the new value
 */
public record ValueChange(@Nullable Object from, @Nullable Object to) {
    /** A change from {@code from} to {@code to}. */
    public static ValueChange of(@Nullable Object from, @Nullable Object to) {
        return new ValueChange(from, to);
    }
}
