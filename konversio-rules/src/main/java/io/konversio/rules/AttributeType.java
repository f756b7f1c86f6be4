package io.konversio.rules;

import static io.konversio.rules.Operator.*;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The data type of a custom attribute definition (Chatwoot's {@code attribute_display_type}), which decides
 * the operators a condition on it may use and how values compare; immutable and thread-safe.
 */
public enum AttributeType {
    /** Free text; compared case-insensitively. */
    TEXT("text", EnumSet.of(EQUAL_TO, NOT_EQUAL_TO, CONTAINS, DOES_NOT_CONTAIN, STARTS_WITH,
            IS_PRESENT, IS_NOT_PRESENT, ATTRIBUTE_CHANGED)),
    /** A URL; compared like text. */
    LINK("link", EnumSet.of(EQUAL_TO, NOT_EQUAL_TO, CONTAINS, DOES_NOT_CONTAIN, STARTS_WITH,
            IS_PRESENT, IS_NOT_PRESENT, ATTRIBUTE_CHANGED)),
    /** One choice of a fixed list; compared case-insensitively for equality. */
    LIST("list", EnumSet.of(EQUAL_TO, NOT_EQUAL_TO, IS_PRESENT, IS_NOT_PRESENT, ATTRIBUTE_CHANGED)),
    /** A decimal number. */
    NUMBER("number", EnumSet.of(EQUAL_TO, NOT_EQUAL_TO, IS_GREATER_THAN, IS_LESS_THAN,
            IS_PRESENT, IS_NOT_PRESENT, ATTRIBUTE_CHANGED)),
    /** An ISO-8601 calendar date ({@code 2026-05-01}). */
    DATE("date", EnumSet.of(EQUAL_TO, NOT_EQUAL_TO, IS_GREATER_THAN, IS_LESS_THAN, DAYS_BEFORE,
            IS_PRESENT, IS_NOT_PRESENT, ATTRIBUTE_CHANGED)),
    /** A boolean ({@code true} / {@code false}). */
    CHECKBOX("checkbox", EnumSet.of(EQUAL_TO, NOT_EQUAL_TO, IS_PRESENT, IS_NOT_PRESENT, ATTRIBUTE_CHANGED));

    private final String code;
    private final Set<Operator> operators;

    AttributeType(String code, Set<Operator> operators) {
        this.code = code;
        this.operators = Set.copyOf(operators);
    }

    /** The persisted code, for example {@code checkbox}. */
    public String code() {
        return code;
    }

    /** The operators a condition on an attribute of this type may use. */
    public Set<Operator> operators() {
        return operators;
    }

    /** Finds the type with this persisted code. */
    public static Optional<AttributeType> fromCode(String code) {
        for (AttributeType t : values()) {
            if (t.code.equals(code)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
