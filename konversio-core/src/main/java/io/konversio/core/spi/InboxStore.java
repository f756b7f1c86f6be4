package io.konversio.core.spi;

import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import io.konversio.core.inbox.Inbox;
import io.konversio.core.inbox.InboxId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores inboxes and their round-robin ledger. Used inside one transaction only. */
public interface InboxStore {
  void insert(Inbox inbox);

  void update(Inbox inbox);

  Optional<Inbox> find(AccountId account, InboxId id);

  /** All inboxes of the account, ordered by id. */
  List<Inbox> list(AccountId account);

  /**
   * For each agent ever auto-assigned in the inbox, the ticket of their latest auto-assignment (higher is more
   * recent). A write transaction that calls this and then {@link #recordAutoAssignment} must not interleave with
   * another doing the same for the inbox, so that round robin stays fair under concurrent creates. Empty for an
   * inbox of another account.
   */
  Map<AgentId, Long> autoAssignmentTickets(AccountId account, InboxId inbox);

  /** Records that {@code agent} was auto-assigned in the inbox with {@code ticket}, replacing their earlier ticket. */
  void recordAutoAssignment(AccountId account, InboxId inbox, AgentId agent, long ticket);
}
