package io.konversio.core.search;

import io.konversio.core.agent.AgentId;
import java.util.Objects;
import java.util.Optional;

/**
 * Which conversations to keep by assignee: any, the viewer's own ("mine"), unassigned, assigned to anyone, or
 * assigned to one agent. Immutable; thread-safe.
 */
public record AssigneeFilter(Kind kind, Optional<AgentId> agent) {

  /** The kinds of assignee filter. */
  public enum Kind { ANY, MINE, UNASSIGNED, ASSIGNED, AGENT }

  private static final AssigneeFilter ANY = new AssigneeFilter(Kind.ANY, Optional.empty());
  private static final AssigneeFilter MINE = new AssigneeFilter(Kind.MINE, Optional.empty());
  private static final AssigneeFilter UNASSIGNED = new AssigneeFilter(Kind.UNASSIGNED, Optional.empty());
  private static final AssigneeFilter ASSIGNED = new AssigneeFilter(Kind.ASSIGNED, Optional.empty());

  public AssigneeFilter {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(agent, "agent");
    if ((kind == Kind.AGENT) != agent.isPresent()) {
      throw new IllegalArgumentException("an agent is needed exactly for kind AGENT");
    }
  }

  public static AssigneeFilter any() {
    return ANY;
  }

  /** The viewer's own conversations; the viewer is given when the query runs. */
  public static AssigneeFilter mine() {
    return MINE;
  }

  public static AssigneeFilter unassigned() {
    return UNASSIGNED;
  }

  public static AssigneeFilter assigned() {
    return ASSIGNED;
  }

  public static AssigneeFilter agent(AgentId agent) {
    return new AssigneeFilter(Kind.AGENT, Optional.of(agent));
  }
}
