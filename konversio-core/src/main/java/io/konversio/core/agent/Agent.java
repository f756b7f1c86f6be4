package io.konversio.core.agent;

import io.konversio.core.account.AccountId;
import io.konversio.core.inbox.InboxId;
import java.util.Objects;
import java.util.Set;

/**
 * An agent: a person of an account who answers conversations. Immutable; thread-safe.
 *
 * @param inboxes the inboxes the agent is a member of
 */
public record Agent(AgentId id, AccountId accountId, String name, String email, AgentRole role,
    Availability availability, Set<InboxId> inboxes) {
  public Agent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(availability, "availability");
    inboxes = Set.copyOf(inboxes);
  }

  public boolean isAdministrator() {
    return role == AgentRole.ADMINISTRATOR;
  }

  /** Whether the agent may own conversations of this inbox: a member, or an administrator. */
  public boolean canWorkIn(InboxId inbox) {
    return isAdministrator() || inboxes.contains(inbox);
  }

  public Agent withAvailability(Availability value) {
    return new Agent(id, accountId, name, email, role, value, inboxes);
  }

  public Agent withRole(AgentRole value) {
    return new Agent(id, accountId, name, email, value, availability, inboxes);
  }

  public Agent withInboxes(Set<InboxId> value) {
    return new Agent(id, accountId, name, email, role, availability, value);
  }
}
