package io.konversio.core.internal;

import io.konversio.core.agent.Agent;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.AgentRole;
import io.konversio.core.agent.Availability;
import io.konversio.core.InvalidInputException;
import io.konversio.core.NotFoundException;
import io.konversio.core.account.AccountId;
import io.konversio.core.inbox.InboxId;
import io.konversio.core.internal.Kernel;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import io.konversio.core.agent.Agents;

/** The Agents of one account, over the kernel's store. Thread-safe. */
public final class StoredAgents implements Agents {
  private final Kernel kernel;
  private final AccountId account;

  public StoredAgents(Kernel kernel, AccountId account) {
    this.kernel = kernel;
    this.account = account;
  }

  /** Adds an agent, offline and in no inbox. Emails are unique per account regardless of case. */
  @Override
  public Agent create(String name, String email, AgentRole role) {
    String cleanName = InvalidInputException.requiredText(name, "name");
    String cleanEmail = InvalidInputException.requiredText(email, "email").toLowerCase(Locale.ROOT);
    InvalidInputException.check(cleanEmail.matches("[^@\\s]+@[^@\\s]+"), "email", email, "is not an email address");
    Objects.requireNonNull(role, "role");
    return kernel.write(unit -> {
      boolean taken = unit.tx().agents().list(account).stream().anyMatch(a -> a.email().equals(cleanEmail));
      InvalidInputException.check(!taken, "email", cleanEmail, "an agent with this email exists");
      Agent agent = new Agent(AgentId.of(unit.tx().nextId("agent")), account, cleanName, cleanEmail, role,
          Availability.OFFLINE, Set.of());
      unit.tx().agents().insert(agent);
      return agent;
    });
  }

  @Override
  public Agent setAvailability(AgentId id, Availability availability) {
    Objects.requireNonNull(availability, "availability");
    return change(id, a -> a.withAvailability(availability));
  }

  @Override
  public Agent setRole(AgentId id, AgentRole role) {
    Objects.requireNonNull(role, "role");
    return change(id, a -> a.withRole(role));
  }

  /** Makes the agent a member of the inbox. */
  @Override
  public Agent addToInbox(AgentId id, InboxId inbox) {
    Objects.requireNonNull(inbox, "inbox");
    return kernel.write(unit -> {
      InvalidInputException.check(unit.tx().inboxes().find(account, inbox).isPresent(), "inbox", inbox,
          "no such inbox in this account");
      Agent agent = load(unit.tx().agents().find(account, id), id);
      Set<InboxId> inboxes = new HashSet<>(agent.inboxes());
      inboxes.add(inbox);
      Agent updated = agent.withInboxes(inboxes);
      unit.tx().agents().update(updated);
      return updated;
    });
  }

  @Override
  public Agent removeFromInbox(AgentId id, InboxId inbox) {
    Objects.requireNonNull(inbox, "inbox");
    return change(id, a -> {
      Set<InboxId> inboxes = new HashSet<>(a.inboxes());
      inboxes.remove(inbox);
      return a.withInboxes(inboxes);
    });
  }

  private Agent change(AgentId id, UnaryOperator<Agent> change) {
    Objects.requireNonNull(id, "id");
    return kernel.write(unit -> {
      Agent updated = change.apply(load(unit.tx().agents().find(account, id), id));
      unit.tx().agents().update(updated);
      return updated;
    });
  }

  private static Agent load(Optional<Agent> agent, AgentId id) {
    return agent.orElseThrow(() -> new NotFoundException("agent", id));
  }

  @Override
  public Agent get(AgentId id) {
    return find(id).orElseThrow(() -> new NotFoundException("agent", id));
  }

  @Override
  public Optional<Agent> find(AgentId id) {
    Objects.requireNonNull(id, "id");
    return kernel.read(tx -> tx.agents().find(account, id));
  }

  /** All agents of the account, ordered by id. */
  @Override
  public List<Agent> list() {
    return kernel.read(tx -> tx.agents().list(account));
  }
}
