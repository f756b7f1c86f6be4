package io.konversio.core.inbox;

import java.util.Objects;

/**
 * How an inbox assigns new and reopened conversations to its online members. Immutable; thread-safe.
 *
 * @param enabled whether auto-assignment runs at all
 * @param mode round robin, or balanced (fewest open conversations first)
 * @param maxOpenPerAgent the most open conversations of this inbox an agent may hold before being skipped; 0 means
 *     no limit
 */
public record AutoAssignment(boolean enabled, Mode mode, int maxOpenPerAgent) {

  /** The order in which eligible agents are chosen. */
  public enum Mode {
    /** The agent who was auto-assigned least recently in this inbox goes next. */
    ROUND_ROBIN("round_robin"),
    /** The agent with the fewest open conversations in this inbox goes next; ties go round robin. */
    BALANCED("balanced");

    private final String code;

    Mode(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    public static Mode ofCode(String code) {
      for (Mode mode : values()) {
        if (mode.code.equals(code)) {
          return mode;
        }
      }
      throw new IllegalArgumentException("unknown auto-assignment mode: " + code);
    }
  }

  private static final AutoAssignment OFF = new AutoAssignment(false, Mode.ROUND_ROBIN, 0);

  public AutoAssignment {
    Objects.requireNonNull(mode, "mode");
    if (maxOpenPerAgent < 0) {
      throw new IllegalArgumentException("maxOpenPerAgent must be >= 0: " + maxOpenPerAgent);
    }
  }

  public static AutoAssignment off() {
    return OFF;
  }

  public static AutoAssignment roundRobin() {
    return new AutoAssignment(true, Mode.ROUND_ROBIN, 0);
  }

  public static AutoAssignment balanced() {
    return new AutoAssignment(true, Mode.BALANCED, 0);
  }

  /** This setting with a capacity limit per agent (0 for none). */
  public AutoAssignment withMaxOpenPerAgent(int limit) {
    return new AutoAssignment(enabled, mode, limit);
  }
}
