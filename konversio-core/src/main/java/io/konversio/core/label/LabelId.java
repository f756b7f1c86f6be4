package io.konversio.core.label;

/**
 * The id of a label, unique within Konversio. Immutable; thread-safe.
 *
 * @param value the positive id
 */
public record LabelId(long value) implements Comparable<LabelId> {
  public LabelId {
    if (value <= 0) {
      throw new IllegalArgumentException("label id must be positive: " + value);
    }
  }

  public static LabelId of(long value) {
    return new LabelId(value);
  }

  @Override
  public int compareTo(LabelId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
