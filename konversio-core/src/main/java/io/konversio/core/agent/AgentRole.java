package io.konversio.core.agent;

/** An agent's role. Administrators may be assigned in any inbox of their account. */
public enum AgentRole {
  AGENT("agent"), ADMINISTRATOR("administrator");

  private final String code;

  AgentRole(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static AgentRole ofCode(String code) {
    for (AgentRole r : values()) {
      if (r.code.equals(code)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown role: " + code);
  }
}
