package io.konversio.core.search;

/**
 * The id of a saved filter, unique within Konversio. Immutable; thread-safe.
 *
 * @param value the positive id
 */
public record SavedFilterId(long value) implements Comparable<SavedFilterId> {
  public SavedFilterId {
    if (value <= 0) {
      throw new IllegalArgumentException("saved filter id must be positive: " + value);
    }
  }

  public static SavedFilterId of(long value) {
    return new SavedFilterId(value);
  }

  @Override
  public int compareTo(SavedFilterId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
