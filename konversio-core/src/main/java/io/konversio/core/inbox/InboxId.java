package io.konversio.core.inbox;

/**
 * The id of a inbox, unique within Konversio. Immutable; thread-safe.
 *
 * @param value the positive id
 */
public record InboxId(long value) implements Comparable<InboxId> {
  public InboxId {
    if (value <= 0) {
      throw new IllegalArgumentException("inbox id must be positive: " + value);
    }
  }

  public static InboxId of(long value) {
    return new InboxId(value);
  }

  @Override
  public int compareTo(InboxId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
