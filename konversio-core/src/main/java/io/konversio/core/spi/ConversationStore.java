package io.konversio.core.spi;

import io.konversio.core.Page;
import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationId;
import io.konversio.core.inbox.InboxId;
import io.konversio.core.search.ConversationCounts;
import io.konversio.core.search.ConversationQuery;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Stores conversations with optimistic locking on {@link Conversation#version()}. Used inside one transaction only.
 *
 * <p>Query semantics, the same in every store: the filters of a {@link ConversationQuery} all apply (AND); the
 * values within one filter are alternatives (OR), except {@code labelsAll}. Time ranges are half-open,
 * {@code [from, to)}. Channel types are those of the conversation's inbox. Attribute conditions compare as
 * {@link io.konversio.core.search.AttributeCondition.Operator} describes. The text search looks, case-insensitively
 * in any script (not just ASCII) and literally (no wildcard characters), for the text within the content of the
 * conversation's messages (private notes included) and within its contact's name, email and phone number. Sort
 * ties are broken by conversation id, highest first.
 */
public interface ConversationStore {

  /**
   * The next display id of the account: 1 for its first conversation, then each call one more than the one before.
   * Accounts count separately. A rolled-back transaction may leave a gap, never a repeat.
   */
  long nextDisplayId(AccountId account);

  void insert(Conversation conversation);

  /**
   * Replaces the stored conversation with {@code conversation} if the stored version is still
   * {@code expectedVersion}; otherwise throws {@link io.konversio.core.conversation.StaleConversationException}
   * (whose {@code actualVersion} is the stored version, or -1 when the store does not know it) and writes nothing,
   * so that a caller who catches it may go on with the same transaction. The caller passes {@code conversation}
   * with its version already incremented. Updating a conversation that is not stored in the conversation's account
   * throws an unchecked exception other than the stale one.
   */
  void update(Conversation conversation, long expectedVersion);

  Optional<Conversation> find(AccountId account, ConversationId id);

  /**
   * Reads the account's conversations with these ids to update them in this (write) transaction; ids the account
   * does not have are absent from the map. A store whose writers can run concurrently locks the rows, in id order
   * so that two such callers cannot deadlock, until the transaction ends: then other writers wait and the caller's
   * {@link #updateAll} of them cannot go stale, however many conversations it touches. A store may read them in one
   * round trip; the default calls {@link #find} for each (enough for a store that runs one writer at a time).
   */
  default Map<ConversationId, Conversation> findAllForUpdate(AccountId account, Collection<ConversationId> ids) {
    Map<ConversationId, Conversation> found = new LinkedHashMap<>();
    for (ConversationId id : ids) {
      find(account, id).ifPresent(c -> found.put(id, c));
    }
    return found;
  }

  /** A conversation to write with {@link #updateAll}, and the version the store must still hold. */
  record VersionedUpdate(Conversation conversation, long expectedVersion) {
    public VersionedUpdate {
      Objects.requireNonNull(conversation, "conversation");
    }
  }

  /**
   * Applies the updates as {@link #update} would one by one (each conversation at most once); a store may write
   * them in one batch. When one is stale it throws {@link io.konversio.core.conversation.StaleConversationException},
   * and unlike {@link #update} the caller must then give up the transaction: others may have been written.
   */
  default void updateAll(List<VersionedUpdate> updates) {
    for (VersionedUpdate u : updates) {
      update(u.conversation(), u.expectedVersion());
    }
  }

  Optional<Conversation> findByDisplayId(AccountId account, long displayId);

  /**
   * The page of conversations matching {@code query}, sorted as it asks. {@code viewer} resolves
   * {@link io.konversio.core.search.AssigneeFilter#mine()}; without a viewer, "mine" matches nothing.
   */
  Page<Conversation> query(AccountId account, ConversationQuery query, Optional<AgentId> viewer);

  /**
   * The counts of the query's matches ignoring its assignee filter (and its paging), split by assignee:
   * {@code mine} are those assigned to {@code viewer} (0 without a viewer), {@code assigned} those assigned to
   * anyone, {@code all} = {@code assigned} + {@code unassigned}.
   */
  ConversationCounts count(AccountId account, ConversationQuery query, Optional<AgentId> viewer);

  /** The number of open conversations of the inbox per assignee (agents with none are absent). */
  Map<AgentId, Long> openCountsByAssignee(AccountId account, InboxId inbox);
}
