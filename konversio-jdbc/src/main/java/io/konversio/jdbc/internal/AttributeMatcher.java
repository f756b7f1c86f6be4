package io.konversio.jdbc.internal;

import io.konversio.core.conversation.Conversation;
import io.konversio.core.search.AttributeCondition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates custom attribute conditions in Java, with the same rules as the in-memory store: values compare in
 * the stored value's type (numbers as numbers, dates as dates, booleans as booleans, text ignoring case), and
 * incomparable values differ. Custom attributes are JSON text in the database, so these conditions run after SQL
 * has narrowed the candidates by every other filter.
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
    return switch (condition.operator()) {
      case PRESENT -> stored != null;
      case NOT_PRESENT -> stored == null;
      case EQUAL -> stored != null && compare(stored, condition.value().orElseThrow()) == 0;
      case NOT_EQUAL -> stored == null || compare(stored, condition.value().orElseThrow()) != 0;
      case GREATER -> stored != null && compare(stored, condition.value().orElseThrow()) > 0;
      case LESS -> stored != null && compare(stored, condition.value().orElseThrow()) < 0;
      case CONTAINS -> stored != null && String.valueOf(stored).toLowerCase(Locale.ROOT)
          .contains(String.valueOf(condition.value().orElseThrow()).toLowerCase(Locale.ROOT));
    };
  }

  static int compare(Object stored, Object wanted) {
    try {
      if (stored instanceof BigDecimal number) {
        return number.compareTo(new BigDecimal(String.valueOf(wanted).strip()));
      }
      if (stored instanceof LocalDate date) {
        return date.compareTo(wanted instanceof LocalDate d ? d : LocalDate.parse(String.valueOf(wanted).strip()));
      }
      if (stored instanceof Boolean flag) {
        return Boolean.compare(flag, Boolean.parseBoolean(String.valueOf(wanted)));
      }
    } catch (RuntimeException e) {
      return Integer.MIN_VALUE;
    }
    return String.valueOf(stored).compareToIgnoreCase(String.valueOf(wanted));
  }
}
