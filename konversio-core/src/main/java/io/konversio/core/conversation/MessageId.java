package io.konversio.core.conversation;

/**
 * The id of a message, unique within Konversio. Immutable; thread-safe.
 *
 * @param value the positive id
 */
public record MessageId(long value) implements Comparable<MessageId> {
  public MessageId {
    if (value <= 0) {
      throw new IllegalArgumentException("message id must be positive: " + value);
    }
  }

  public static MessageId of(long value) {
    return new MessageId(value);
  }

  @Override
  public int compareTo(MessageId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
