package io.konversio.jdbc.internal;

import io.konversio.core.conversation.Conversation;
import io.konversio.core.search.AttributeCondition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Evaluates custom attribute conditions in Java, with the same rules as the in-memory store: values compare in
 * the stored value's type (numbers as numbers, dates as dates, checkboxes only with {@code true} or
 * {@code false}, text ignoring case), and a query value that does not convert to that type is unequal to the
 * stored one, neither greater nor less. Custom attributes are JSON text in the database, so these conditions run
 * after SQL has narrowed the candidates by every other filter.
 */
final class AttributeMatcher {
  private AttributeMatcher() {
  }

  static boolean matchesAll(Conversation c, List<AttributeCondition> conditions) {
    for (AttributeCondition condition : conditions) {
      if (!matches(c, condition)) {
        return false;
      }
    }
    return true;
  }

  static boolean matches(Conversation c, AttributeCondition condition) {
    Object stored = c.customAttributes().get(condition.key());
    switch (condition.operator()) {
      case PRESENT:
        return stored != null;
      case NOT_PRESENT:
        return stored == null;
      case CONTAINS:
        return stored != null && String.valueOf(stored).toLowerCase(Locale.ROOT)
            .contains(String.valueOf(condition.value().orElseThrow()).toLowerCase(Locale.ROOT));
      default:
        break;
    }
    OptionalInt order = stored == null ? OptionalInt.empty() : compare(stored, condition.value().orElseThrow());
    return switch (condition.operator()) {
      case EQUAL -> order.isPresent() && order.getAsInt() == 0;
      case NOT_EQUAL -> order.isEmpty() || order.getAsInt() != 0;
      case GREATER -> order.isPresent() && order.getAsInt() > 0;
      case LESS -> order.isPresent() && order.getAsInt() < 0;
      default -> throw new IllegalStateException("unexpected operator " + condition.operator());
    };
  }

  /** The order of the stored value against the wanted one in the stored value's type; empty if incomparable. */
  static OptionalInt compare(Object stored, Object wanted) {
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
}
