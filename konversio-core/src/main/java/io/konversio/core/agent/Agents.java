package io.konversio.core.agent;

import io.konversio.core.InvalidInputException;
import io.konversio.core.NotFoundException;
import io.konversio.core.account.AccountId;
import io.konversio.core.inbox.InboxId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** The agents of one account and their inbox memberships and availability. Implementations are thread-safe. */
public interface Agents {
  /** Adds an agent, offline and in no inbox. Emails are unique per account regardless of case. */
  Agent create(String name, String email, AgentRole role);

  Agent setAvailability(AgentId id, Availability availability);

  Agent setRole(AgentId id, AgentRole role);

  /** Makes the agent a member of the inbox. */
  Agent addToInbox(AgentId id, InboxId inbox);

  Agent removeFromInbox(AgentId id, InboxId inbox);

  Agent get(AgentId id);

  Optional<Agent> find(AgentId id);

  /** All agents of the account, ordered by id. */
  List<Agent> list();
}
