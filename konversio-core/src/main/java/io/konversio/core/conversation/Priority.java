package io.konversio.core.conversation;

/** The priority of a conversation; {@link #NONE} when none is set. Ordered from lowest to highest. */
public enum Priority {
  NONE("none", 0), LOW("low", 1), MEDIUM("medium", 2), HIGH("high", 3), URGENT("urgent", 4);

  private final String code;
  private final int rank;

  Priority(String code, int rank) {
    this.code = code;
    this.rank = rank;
  }

  public String code() {
    return code;
  }

  /** 0 for none up to 4 for urgent; used for sorting. */
  public int rank() {
    return rank;
  }

  public static Priority ofCode(String code) {
    for (Priority p : values()) {
      if (p.code.equals(code)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown priority: " + code);
  }
}
