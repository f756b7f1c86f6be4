package io.konversio.core.attribute;

import io.konversio.core.InvalidInputException;
import io.konversio.core.account.AccountId;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The definition of a custom attribute of conversations or contacts: its key, type and, for lists, the allowed
 * values. It validates and normalizes values before they are stored. Immutable; thread-safe.
 *
 * @param key the attribute key, unique per account and model: lower-case letters, digits and underscores
 * @param listValues the allowed values of a {@link AttributeType#LIST} attribute; empty for other types
 */
public record CustomAttributeDefinition(AccountId accountId, AttributeModel model, String key, String displayName,
    AttributeType type, List<String> listValues) {

  public CustomAttributeDefinition {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(type, "type");
    listValues = List.copyOf(listValues);
  }

  /** Whether {@code key} is a well-formed attribute key. */
  public static boolean isValidKey(String key) {
    return key.matches("[a-z][a-z0-9_]{0,63}");
  }

  /**
   * Returns the stored form of {@code value}, or throws {@link InvalidInputException} naming
   * {@code customAttributes.<key>} when the value does not fit the type.
   */
  public Object validate(Object value) {
    String field = "customAttributes." + key;
    Objects.requireNonNull(value, field);
    return switch (type) {
      case TEXT -> text(value, field);
      case NUMBER -> number(value, field);
      case LINK -> link(value, field);
      case DATE -> date(value, field);
      case LIST -> listValue(value, field);
      case CHECKBOX -> checkbox(value, field);
    };
  }

  private static String text(Object value, String field) {
    InvalidInputException.check(value instanceof String, field, value, "must be text");
    return (String) value;
  }

  private static BigDecimal number(Object value, String field) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof java.math.BigInteger integer) {
      return new BigDecimal(integer);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      InvalidInputException.check(Double.isFinite(d), field, value, "must be a finite number");
      return BigDecimal.valueOf(d);
    }
    if (value instanceof String s) {
      try {
        return new BigDecimal(s.strip());
      } catch (NumberFormatException e) {
        throw new InvalidInputException(field, value, "must be a number");
      }
    }
    throw new InvalidInputException(field, value, "must be a number");
  }

  private static String link(Object value, String field) {
    String s = text(value, field).strip();
    try {
      URI uri = new URI(s);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      InvalidInputException.check((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null,
          field, value, "must be an http or https URL");
      return s;
    } catch (java.net.URISyntaxException e) {
      throw new InvalidInputException(field, value, "must be an http or https URL");
    }
  }

  private static LocalDate date(Object value, String field) {
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof String s) {
      try {
        return LocalDate.parse(s.strip());
      } catch (DateTimeParseException e) {
        throw new InvalidInputException(field, value, "must be a date as yyyy-MM-dd");
      }
    }
    throw new InvalidInputException(field, value, "must be a date");
  }

  private String listValue(Object value, String field) {
    String s = text(value, field);
    InvalidInputException.check(listValues.contains(s), field, value, "must be one of " + listValues);
    return s;
  }

  private static Boolean checkbox(Object value, String field) {
    if (value instanceof Boolean b) {
      return b;
    }
    if ("true".equals(value) || "false".equals(value)) {
      return Boolean.valueOf((String) value);
    }
    throw new InvalidInputException(field, value, "must be true or false");
  }
}
