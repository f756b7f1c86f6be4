package io.konversio.core.agent;

/** An agent's availability. Only online agents receive auto-assigned conversations. */
public enum Availability {
  ONLINE("online"), BUSY("busy"), OFFLINE("offline");

  private final String code;

  Availability(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Availability ofCode(String code) {
    for (Availability a : values()) {
      if (a.code.equals(code)) {
        return a;
      }
    }
    throw new IllegalArgumentException("unknown availability: " + code);
  }
}
