package io.konversio.core.search;

import java.util.Objects;
import java.util.Optional;

/**
 * A condition on a conversation custom attribute. {@code value} is needed by every operator except
 * {@link Operator#PRESENT} and {@link Operator#NOT_PRESENT}; it is compared in the attribute's type (numbers as
 * numbers, dates as dates, text case-insensitively). Immutable; thread-safe.
 */
public record AttributeCondition(String key, Operator operator, Optional<Object> value) {

  /** The comparison. */
  public enum Operator { EQUAL, NOT_EQUAL, CONTAINS, PRESENT, NOT_PRESENT, GREATER, LESS }

  public AttributeCondition {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(value, "value");
    boolean needsValue = operator != Operator.PRESENT && operator != Operator.NOT_PRESENT;
    if (needsValue != value.isPresent()) {
      throw new IllegalArgumentException(
          "operator " + operator + (needsValue ? " needs a value" : " takes no value") + " (attribute " + key + ")");
    }
  }

  public static AttributeCondition of(String key, Operator operator, Object value) {
    return new AttributeCondition(key, operator, Optional.of(value));
  }

  public static AttributeCondition present(String key) {
    return new AttributeCondition(key, Operator.PRESENT, Optional.empty());
  }

  public static AttributeCondition notPresent(String key) {
    return new AttributeCondition(key, Operator.NOT_PRESENT, Optional.empty());
  }
}
