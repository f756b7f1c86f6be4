package io.konversio.core.conversation;

/**
 * The id of a conversation, unique within Konversio. Immutable; thread-safe.
 *
 * @param value the positive id
 */
public record ConversationId(long value) implements Comparable<ConversationId> {
  public ConversationId {
    if (value <= 0) {
      throw new IllegalArgumentException("conversation id must be positive: " + value);
    }
  }

  public static ConversationId of(long value) {
    return new ConversationId(value);
  }

  @Override
  public int compareTo(ConversationId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
