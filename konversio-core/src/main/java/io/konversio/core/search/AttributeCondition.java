package io.konversio.core.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

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

  /**
   * Whether a conversation whose attribute holds {@code stored} (null when unset) meets this condition. Values
   * compare in the stored value's type (numbers as numbers, dates as dates, checkboxes only with {@code true} or
   * {@code false}, text ignoring case); a query value that does not convert to that type is unequal to the stored
   * one and neither greater nor less. An unset attribute is "not equal" to anything, as in Chatwoot. Every store
   * must filter with exactly these rules.
   */
  public boolean matches(@Nullable Object stored) {
    switch (operator) {
      case PRESENT:
        return stored != null;
      case NOT_PRESENT:
        return stored == null;
      case CONTAINS:
        return stored != null && String.valueOf(stored).toLowerCase(Locale.ROOT)
            .contains(String.valueOf(value.orElseThrow()).toLowerCase(Locale.ROOT));
      default:
        break;
    }
    OptionalInt order = stored == null ? OptionalInt.empty() : compare(stored, value.orElseThrow());
    return switch (operator) {
      case EQUAL -> order.isPresent() && order.getAsInt() == 0;
      case NOT_EQUAL -> order.isEmpty() || order.getAsInt() != 0;
      case GREATER -> order.isPresent() && order.getAsInt() > 0;
      case LESS -> order.isPresent() && order.getAsInt() < 0;
      default -> throw new IllegalStateException("unexpected operator " + operator);
    };
  }

  /** The order of the stored value against the wanted one in the stored value's type; empty if incomparable. */
  private static OptionalInt compare(Object stored, Object wanted) {
    try {
      if (stored instanceof BigDecimal number) {
        return OptionalInt.of(number.compareTo(new BigDecimal(String.valueOf(wanted).strip())));
      }
      if (stored instanceof LocalDate date) {
        return OptionalInt.of(date.compareTo(wanted instanceof LocalDate d ? d
            : LocalDate.parse(String.valueOf(wanted).strip())));
      }
    } catch (RuntimeException e) {
      return OptionalInt.empty();
    }
    if (stored instanceof Boolean flag) {
      String text = String.valueOf(wanted).strip();
      if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
        return OptionalInt.empty();
      }
      return OptionalInt.of(Boolean.compare(flag, Boolean.parseBoolean(text)));
    }
    return OptionalInt.of(String.valueOf(stored).compareToIgnoreCase(String.valueOf(wanted)));
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
