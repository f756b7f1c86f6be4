package io.konversio.rules;

import java.util.List;
import java.util.Objects;

/**
 * A group of conditions: {@code all} (every child holds; true when empty), {@code any} (at least one child
 * holds; false when empty) or {@code not} (its single child does not hold). Immutable and thread-safe.
 *
 * @param kind     how the children combine
 * @param children the child nodes, in order
 */
public record ConditionGroup(Kind kind, List<ConditionNode> children) implements ConditionNode {

    /** How a group combines its children, with the JSON key that names it. */
    public enum Kind {
        ALL("all"), ANY("any"), NOT("not");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The JSON key, {@code all}, {@code any} or {@code not}. */
        public String key() {
            return key;
        }
    }

    public ConditionGroup {
        Objects.requireNonNull(kind, "kind");
        children = List.copyOf(children);
        if (kind == Kind.NOT && children.size() != 1) {
            throw new IllegalArgumentException("a not group takes exactly one child, got " + children.size());
        }
    }

    /** A group that holds when every child holds (and when there is no child). */
    public static ConditionGroup all(ConditionNode... children) {
        return new ConditionGroup(Kind.ALL, List.of(children));
    }

    /** A group that holds when every child holds (and when there is no child). */
    public static ConditionGroup all(List<? extends ConditionNode> children) {
        return new ConditionGroup(Kind.ALL, List.copyOf(children));
    }

    /** A group that holds when at least one child holds. */
    public static ConditionGroup any(ConditionNode... children) {
        return new ConditionGroup(Kind.ANY, List.of(children));
    }

    /** A group that holds when at least one child holds. */
    public static ConditionGroup any(List<? extends ConditionNode> children) {
        return new ConditionGroup(Kind.ANY, List.copyOf(children));
    }

    /** A group that holds when its child does not. */
    public static ConditionGroup not(ConditionNode child) {
        return new ConditionGroup(Kind.NOT, List.of(child));
    }

    /** The group with no condition, which always holds. */
    public static ConditionGroup always() {
        return new ConditionGroup(Kind.ALL, List.of());
    }
}
