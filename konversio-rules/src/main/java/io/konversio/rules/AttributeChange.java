package io.konversio.rules;

import java.util.List;

/**
 * The values of an {@code attribute_changed} condition, {@code {"from": [...], "to": [...]}}: the condition
 * holds when the event changed the attribute from one of {@code from} to one of {@code to}. An empty list
 * means "any value"; a missing value is written {@code nil}. Immutable and thread-safe.
 *
 * @param from the accepted previous values
 * @param to   the accepted new values
 */
public record AttributeChange(List<String> from, List<String> to) {
    public AttributeChange {
        from = List.copyOf(from);
        to = List.copyOf(to);
    }
}
