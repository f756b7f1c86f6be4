package io.konversio.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a command's input is invalid: it names the field and the rejected value. A command that throws it
 * has changed nothing.
 */
public final class InvalidInputException extends KonversioException {
  private static final long serialVersionUID = 1L;
  private final String field;
  private final @Nullable String value;
  private final String reason;

  public InvalidInputException(String field, @Nullable Object value, String reason) {
    super(field + " = " + render(value) + ": " + reason);
    this.field = Objects.requireNonNull(field, "field");
    this.value = value == null ? null : String.valueOf(value);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** The name of the rejected field, e.g. {@code assignee} or {@code customAttributes.plan}. */
  public String field() {
    return field;
  }

  /** The rejected value as text, or empty when the value was missing. */
  public java.util.Optional<String> value() {
    return java.util.Optional.ofNullable(value);
  }

  /** Why the value was rejected, e.g. {@code must not be blank}. */
  public String reason() {
    return reason;
  }

  /**
   * The same rejection for a field inside an element of a list, e.g. {@code posts[3].content}: {@code prefix}
   * followed by a dot and this field.
   */
  public InvalidInputException within(String prefix) {
    InvalidInputException e = new InvalidInputException(prefix + "." + field, value, reason);
    e.setStackTrace(getStackTrace());
    return e;
  }

  private static String render(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    String text = String.valueOf(value);
    return text.length() > 200 ? "'" + text.substring(0, 200) + "...'" : "'" + text + "'";
  }

  /** Throws unless {@code condition} holds. */
  public static void check(boolean condition, String field, @Nullable Object value, String reason) {
    if (!condition) {
      throw new InvalidInputException(field, value, reason);
    }
  }

  /** Returns {@code value} or throws when it is null. */
  public static <T> T required(@Nullable T value, String field) {
    if (value == null) {
      throw new InvalidInputException(field, null, "is required");
    }
    return value;
  }

  /** Returns the trimmed text or throws when it is null or blank. */
  public static String requiredText(@Nullable String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, value, "must not be blank");
    }
    return value.strip();
  }
}
