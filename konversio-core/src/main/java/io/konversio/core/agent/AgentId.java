package io.konversio.core.agent;

/**
 * The id of a agent, unique within Konversio. Immutable; thread-safe.
 *
 * @param value the positive id
 */
public record AgentId(long value) implements Comparable<AgentId> {
  public AgentId {
    if (value <= 0) {
      throw new IllegalArgumentException("agent id must be positive: " + value);
    }
  }

  public static AgentId of(long value) {
    return new AgentId(value);
  }

  @Override
  public int compareTo(AgentId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
