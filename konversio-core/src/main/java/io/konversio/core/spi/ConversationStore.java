package io.konversio.core.spi;

import io.konversio.core.Page;
import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationId;
import io.konversio.core.inbox.InboxId;
import io.konversio.core.search.ConversationCounts;
import io.konversio.core.search.ConversationQuery;
import java.util.Map;
import java.util.Optional;

/** Stores conversations with optimistic locking on {@link Conversation#version()}. */
public interface ConversationStore {

  /** The next display id of the account: 1, 2, 3, ... */
  long nextDisplayId(AccountId account);

  void insert(Conversation conversation);

  /**
   * Replaces the stored conversation with {@code conversation} if the stored version is still
   * {@code expectedVersion}; otherwise throws {@link io.konversio.core.conversation.StaleConversationException}
   * and writes nothing. The caller passes {@code conversation} with its version already incremented.
   */
  void update(Conversation conversation, long expectedVersion);

  Optional<Conversation> find(AccountId account, ConversationId id);

  Optional<Conversation> findByDisplayId(AccountId account, long displayId);

  /**
   * The page of conversations matching {@code query}, sorted as it asks. {@code viewer} resolves
   * {@link io.konversio.core.search.AssigneeFilter#mine()}; without a viewer, "mine" matches nothing.
   */
  Page<Conversation> query(AccountId account, ConversationQuery query, Optional<AgentId> viewer);

  /** The counts of the query's matches ignoring its assignee filter, split by assignee. */
  ConversationCounts count(AccountId account, ConversationQuery query, Optional<AgentId> viewer);

  /** The number of open conversations of the inbox per assignee (agents with none are absent). */
  Map<AgentId, Long> openCountsByAssignee(AccountId account, InboxId inbox);
}
