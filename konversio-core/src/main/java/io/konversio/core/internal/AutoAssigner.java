package io.konversio.core.internal;

import io.konversio.core.agent.Agent;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.Availability;
import io.konversio.core.agent.Team;
import io.konversio.core.agent.TeamId;
import io.konversio.core.inbox.AutoAssignment;
import io.konversio.core.inbox.Inbox;
import io.konversio.core.spi.StoreTransaction;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the agent for an unassigned open conversation of an inbox with auto-assignment on: among the inbox's
 * online members below the capacity limit (and in the conversation's team, if it has one, as a manual assignee
 * must be), round robin takes the one auto-assigned least recently; balanced takes the one with the fewest open
 * conversations in the inbox, then round robin. Runs inside the write transaction that assigns, so concurrent
 * creates see each other's assignments.
 */
public final class AutoAssigner {
  private AutoAssigner() {
  }

  static Optional<AgentId> pick(StoreTransaction tx, Inbox inbox, Optional<TeamId> team) {
    AutoAssignment settings = inbox.settings().autoAssignment();
    if (!settings.enabled()) {
      return Optional.empty();
    }
    Optional<Team> requiredTeam = team.flatMap(t -> tx.teams().find(inbox.accountId(), t));
    // the tickets first: a database store locks the inbox there, so the open counts read next are current
    Map<AgentId, Long> tickets = tx.inboxes().autoAssignmentTickets(inbox.accountId(), inbox.id());
    Map<AgentId, Long> open = tx.conversations().openCountsByAssignee(inbox.accountId(), inbox.id());
    List<Agent> eligible = tx.agents().list(inbox.accountId()).stream()
        .filter(a -> a.inboxes().contains(inbox.id()) && a.availability() == Availability.ONLINE)
        .filter(a -> requiredTeam.map(t -> t.hasMember(a.id())).orElse(true))
        .filter(a -> settings.maxOpenPerAgent() == 0 || open.getOrDefault(a.id(), 0L) < settings.maxOpenPerAgent())
        .toList();
    Comparator<Agent> roundRobin = Comparator.comparingLong((Agent a) -> tickets.getOrDefault(a.id(), 0L))
        .thenComparing(Agent::id);
    Comparator<Agent> order = settings.mode() == AutoAssignment.Mode.BALANCED
        ? Comparator.comparingLong((Agent a) -> open.getOrDefault(a.id(), 0L)).thenComparing(roundRobin)
        : roundRobin;
    Optional<AgentId> chosen = eligible.stream().min(order).map(Agent::id);
    chosen.ifPresent(agent -> tx.inboxes().recordAutoAssignment(inbox.accountId(), inbox.id(), agent,
        tx.nextId("auto_assignment")));
    return chosen;
  }
}
