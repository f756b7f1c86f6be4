package io.konversio.core.store.memory;

import io.konversio.core.Page;
import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationId;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.conversation.StaleConversationException;
import io.konversio.core.inbox.InboxId;
import io.konversio.core.search.AssigneeFilter;
import io.konversio.core.search.ConversationCounts;
import io.konversio.core.search.ConversationQuery;
import io.konversio.core.spi.ConversationStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class MemoryConversations implements ConversationStore {
  private final MemoryData data;
  private final Journal journal;

  MemoryConversations(MemoryData data, Journal journal) {
    this.data = data;
    this.journal = journal;
  }

  @Override
  public long nextDisplayId(AccountId account) {
    long next = data.displayIds.getOrDefault(account.value(), 0L) + 1;
    journal.put(data.displayIds, account.value(), next);
    return next;
  }

  @Override
  public void insert(Conversation conversation) {
    if (data.conversations.containsKey(conversation.id().value())) {
      throw new IllegalStateException("conversation " + conversation.id() + " exists");
    }
    journal.put(data.conversations, conversation.id().value(), conversation);
  }

  @Override
  public void update(Conversation conversation, long expectedVersion) {
    Conversation stored = data.conversations.get(conversation.id().value());
    if (stored == null || !stored.accountId().equals(conversation.accountId())) {
      throw new IllegalStateException("conversation " + conversation.id() + " does not exist");
    }
    if (stored.version() != expectedVersion) {
      throw new StaleConversationException(conversation.id(), expectedVersion, stored.version());
    }
    journal.put(data.conversations, conversation.id().value(), conversation);
  }

  @Override
  public Optional<Conversation> find(AccountId account, ConversationId id) {
    return Optional.ofNullable(data.conversations.get(id.value())).filter(c -> c.accountId().equals(account));
  }

  @Override
  public Optional<Conversation> findByDisplayId(AccountId account, long displayId) {
    return data.conversations.values().stream()
        .filter(c -> c.accountId().equals(account) && c.displayId() == displayId).findFirst();
  }

  @Override
  public Page<Conversation> query(AccountId account, ConversationQuery query, Optional<AgentId> viewer) {
    ConversationMatcher matcher = new ConversationMatcher(data, query, viewer);
    List<Conversation> all = data.conversations.values().stream()
        .filter(c -> c.accountId().equals(account) && matcher.matches(c))
        .sorted(matcher.comparator()).toList();
    return MemoryPages.page(all, query.page(), query.pageSize());
  }

  @Override
  public ConversationCounts count(AccountId account, ConversationQuery query, Optional<AgentId> viewer) {
    ConversationMatcher matcher = new ConversationMatcher(data, query, viewer);
    long mine = 0;
    long unassigned = 0;
    long all = 0;
    for (Conversation c : data.conversations.values()) {
      if (c.accountId().equals(account) && matcher.matchesIgnoringAssignee(c)) {
        all++;
        if (c.assigneeId().isEmpty()) {
          unassigned++;
        } else if (matcher.assigneeMatches(c, AssigneeFilter.mine())) {
          mine++;
        }
      }
    }
    return new ConversationCounts(mine, unassigned, all - unassigned, all);
  }

  @Override
  public Map<AgentId, Long> openCountsByAssignee(AccountId account, InboxId inbox) {
    Map<AgentId, Long> counts = new HashMap<>();
    for (Conversation c : data.conversations.values()) {
      if (c.accountId().equals(account) && c.inboxId().equals(inbox) && c.status() == ConversationStatus.OPEN) {
        c.assigneeId().ifPresent(a -> counts.merge(a, 1L, Long::sum));
      }
    }
    return counts;
  }
}
