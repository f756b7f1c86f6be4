package io.konversio.rules;

import java.util.Optional;

/**
 * A condition operator, with the persisted code Chatwoot uses as {@code filter_operator}; immutable and
 * thread-safe. Which operators an attribute accepts depends on its type: see {@link StandardAttribute}
 * and {@link AttributeType}.
 */
public enum Operator {
    EQUAL_TO("equal_to"),
    NOT_EQUAL_TO("not_equal_to"),
    CONTAINS("contains"),
    DOES_NOT_CONTAIN("does_not_contain"),
    IS_PRESENT("is_present"),
    IS_NOT_PRESENT("is_not_present"),
    IS_GREATER_THAN("is_greater_than"),
    IS_LESS_THAN("is_less_than"),
    DAYS_BEFORE("days_before"),
    STARTS_WITH("starts_with"),
    ATTRIBUTE_CHANGED("attribute_changed");

    private final String code;

    Operator(String code) {
        this.code = code;
    }

    /** The persisted code, for example {@code does_not_contain}. */
    public String code() {
        return code;
    }

    /** Finds the operator with this persisted code (exact, lowercase). */
    public static Optional<Operator> fromCode(String code) {
        for (Operator op : values()) {
            if (op.code.equals(code)) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }

    /** True when the operator ignores {@code values} (presence tests). */
    public boolean takesNoValues() {
        return this == IS_PRESENT || this == IS_NOT_PRESENT;
    }

    /** True when the operator needs exactly one value. */
    public boolean takesOneValue() {
        return this == IS_GREATER_THAN || this == IS_LESS_THAN || this == DAYS_BEFORE;
    }
}
