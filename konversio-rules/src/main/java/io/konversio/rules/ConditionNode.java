package io.konversio.rules;

/**
 * A node of a rule's condition tree: a {@link ConditionGroup} (all / any / not) or a leaf {@link Condition}.
 * Implementations are immutable records and thread-safe.
 */
public sealed interface ConditionNode permits ConditionGroup, Condition {
}
