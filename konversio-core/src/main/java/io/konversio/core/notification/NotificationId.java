package io.konversio.core.notification;

/**
 * The id of a notification, unique within Konversio. Immutable; thread-safe.
 *
 * @param value the positive id
 */
public record NotificationId(long value) implements Comparable<NotificationId> {
  public NotificationId {
    if (value <= 0) {
      throw new IllegalArgumentException("notification id must be positive: " + value);
    }
  }

  public static NotificationId of(long value) {
    return new NotificationId(value);
  }

  @Override
  public int compareTo(NotificationId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
