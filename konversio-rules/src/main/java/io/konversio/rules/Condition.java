package io.konversio.rules;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A leaf condition: an attribute, an operator and the values to compare with. Immutable and thread-safe.
 *
 * <p>Several values mean "any of": {@code equal_to [a, b]} holds when the attribute is {@code a} or
 * {@code b}; {@code not_equal_to [a, b]} when it is neither. Values are kept as text exactly as given (a
 * JSON number {@code 5} becomes {@code "5"}); the validator checks that they parse for the attribute's type.
 *
 * @param attribute           a {@link StandardAttribute} key or a custom attribute key
 * @param operator            the comparison
 * @param values              the values to compare with (empty for presence tests and attribute_changed)
 * @param change              the from / to values of an {@code attribute_changed} condition, else null
 * @param customAttributeType which record a custom attribute belongs to, or null for a standard attribute
 */
public record Condition(String attribute, Operator operator, List<String> values,
                        @Nullable AttributeChange change,
                        @Nullable CustomAttributeModel customAttributeType) implements ConditionNode {

    public Condition {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(operator, "operator");
        values = List.copyOf(values);
        if (operator == Operator.ATTRIBUTE_CHANGED && change == null) {
            throw new IllegalArgumentException("attribute_changed needs from / to values: " + attribute);
        }
        if (operator != Operator.ATTRIBUTE_CHANGED && change != null) {
            throw new IllegalArgumentException("only attribute_changed takes from / to values, not " + operator.code());
        }
    }

    /** A condition on a standard attribute. */
    public static Condition of(String attribute, Operator operator, String... values) {
        return new Condition(attribute, operator, List.of(values), null, null);
    }

    /** A condition on a standard attribute. */
    public static Condition of(StandardAttribute attribute, Operator operator, String... values) {
        return of(attribute.key(), operator, values);
    }

    /** A condition on a custom attribute of a conversation or contact. */
    public static Condition custom(CustomAttributeModel model, String key, Operator operator, String... values) {
        return new Condition(key, operator, List.of(values), null, model);
    }

    /** An {@code attribute_changed} condition on a standard attribute. */
    public static Condition changed(String attribute, List<String> from, List<String> to) {
        return new Condition(attribute, Operator.ATTRIBUTE_CHANGED, List.of(), new AttributeChange(from, to), null);
    }

    /** True when the attribute is a custom attribute. */
    public boolean isCustom() {
        return customAttributeType != null;
    }
}
