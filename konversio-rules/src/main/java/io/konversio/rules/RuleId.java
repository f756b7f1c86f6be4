package io.konversio.rules;

/**
 * The identity of a stored {@link AutomationRule}; an immutable, thread-safe value.
 *
 * @param value the positive database id
 */
public record RuleId(long value) {
    public RuleId {
        if (value <= 0) {
            throw new IllegalArgumentException("rule id must be positive: " + value);
        }
    }

    /** Returns the id with the given value. */
    public static RuleId of(long value) {
        return new RuleId(value);
    }
}
