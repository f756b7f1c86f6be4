package io.konversio.core.agent;

/**
 * The id of a team, unique within Konversio. Immutable; thread-safe.
 *
 * @param value the positive id
 */
public record TeamId(long value) implements Comparable<TeamId> {
  public TeamId {
    if (value <= 0) {
      throw new IllegalArgumentException("team id must be positive: " + value);
    }
  }

  public static TeamId of(long value) {
    return new TeamId(value);
  }

  @Override
  public int compareTo(TeamId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
