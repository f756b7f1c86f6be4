package io.konversio.core.search;

import java.util.Objects;
import java.util.Optional;

/**
 * A condition on a conversation custom attribute. {@code value} is needed by every operator except
 * {@link Operator#PRESENT} and {@link Operator#NOT_PRESENT}; it is compared in the attribute's type (numbers as
 * numbers, dates as dates, text case-insensitively). Immutable; thread-safe.
 */
public record AttributeCondition(String key, Operator operator, Optional<Object> value) {

  /**
   * The comparison. A conversation's value is compared with the condition's value in the stored value's type: a
   * {@code BigDecimal} with a number (or its text, so {@code "12.5"} equals {@code 12.50}), a {@code LocalDate}
   * with a date (or its ISO text), a {@code Boolean} with a boolean (or {@code "true"}/{@code "false"}, any case),
   * text with text regardless of case. A condition value that cannot be read in the stored value's type is
   * incomparable: it equals nothing, is greater or less than nothing, and differs from everything.
   */
  public enum Operator {
    /** Set, and equal to the value. */
    EQUAL,
    /** Not set, or set and not equal to the value. */
    NOT_EQUAL,
    /** Set, and its text contains the value's text regardless of case. */
    CONTAINS,
    /** Set, whatever its value. */
    PRESENT,
    /** Not set. */
    NOT_PRESENT,
    /** Set, and greater than the value. */
    GREATER,
    /** Set, and less than the value. */
    LESS
  }

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
