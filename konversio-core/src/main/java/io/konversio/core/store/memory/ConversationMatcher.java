package io.konversio.core.store.memory;

import io.konversio.core.agent.AgentId;
import io.konversio.core.contact.Contact;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.Message;
import io.konversio.core.inbox.Inbox;
import io.konversio.core.search.AssigneeFilter;
import io.konversio.core.search.AttributeCondition;
import io.konversio.core.search.ConversationQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/** Evaluates a {@link ConversationQuery} against the in-memory data. */
final class ConversationMatcher {
  private final MemoryData data;
  private final ConversationQuery query;
  private final Optional<AgentId> viewer;
  private final Optional<String> needle;

  ConversationMatcher(MemoryData data, ConversationQuery query, Optional<AgentId> viewer) {
    this.data = data;
    this.query = query;
    this.viewer = viewer;
    this.needle = query.text().map(t -> t.toLowerCase(Locale.ROOT));
  }

  /** Whether the conversation passes every filter except the assignee filter. */
  boolean matchesIgnoringAssignee(Conversation c) {
    return (query.statuses().isEmpty() || query.statuses().contains(c.status()))
        && (query.teams().isEmpty() || c.teamId().filter(query.teams()::contains).isPresent())
        && (query.labelsAny().isEmpty() || query.labelsAny().stream().anyMatch(c.labels()::contains))
        && c.labels().containsAll(query.labelsAll())
        && query.labelsNone().stream().noneMatch(c.labels()::contains)
        && (query.inboxes().isEmpty() || query.inboxes().contains(c.inboxId()))
        && (query.channelTypes().isEmpty() || channelMatches(c))
        && (query.priorities().isEmpty() || query.priorities().contains(c.priority()))
        && inRange(c.createdAt(), query.createdFrom(), query.createdTo())
        && inRange(c.lastActivityAt(), query.lastActivityFrom(), query.lastActivityTo())
        && query.attributes().stream().allMatch(a -> attributeMatches(c, a))
        && textMatches(c);
  }

  boolean matches(Conversation c) {
    return matchesIgnoringAssignee(c) && assigneeMatches(c, query.assignee());
  }

  boolean assigneeMatches(Conversation c, AssigneeFilter filter) {
    return switch (filter.kind()) {
      case ANY -> true;
      case MINE -> viewer.isPresent() && c.assigneeId().equals(viewer);
      case UNASSIGNED -> c.assigneeId().isEmpty();
      case ASSIGNED -> c.assigneeId().isPresent();
      case AGENT -> c.assigneeId().equals(filter.agent());
    };
  }

  private boolean channelMatches(Conversation c) {
    Inbox inbox = data.inboxes.get(c.inboxId().value());
    return inbox != null && query.channelTypes().contains(inbox.channelType());
  }

  private static boolean inRange(Instant t, Optional<Instant> from, Optional<Instant> to) {
    return from.map(f -> !t.isBefore(f)).orElse(true) && to.map(t::isBefore).orElse(true);
  }

  private boolean textMatches(Conversation c) {
    if (needle.isEmpty()) {
      return true;
    }
    String n = needle.get();
    Contact contact = data.contacts.get(c.contactId().value());
    if (contact != null && (contains(contact.name(), n) || contact.email().filter(e -> contains(e, n)).isPresent()
        || contact.phoneNumber().filter(p -> contains(p, n)).isPresent())) {
      return true;
    }
    List<Message> messages = data.messagesByConversation.getOrDefault(c.id().value(), List.of());
    return messages.stream().anyMatch(m -> contains(m.content(), n));
  }

  private static boolean contains(String haystack, String lowerNeedle) {
    return haystack.toLowerCase(Locale.ROOT).contains(lowerNeedle);
  }

  static boolean attributeMatches(Conversation c, AttributeCondition condition) {
    return condition.matches(c.customAttributes().get(condition.key()));
  }

  Comparator<Conversation> comparator() {
    Comparator<Conversation> byIdDesc = Comparator.comparing(Conversation::id).reversed();
    Comparator<Conversation> primary = switch (query.sort()) {
      case LAST_ACTIVITY_DESC -> Comparator.comparing(Conversation::lastActivityAt).reversed();
      case LAST_ACTIVITY_ASC -> Comparator.comparing(Conversation::lastActivityAt);
      case CREATED_DESC -> Comparator.comparing(Conversation::createdAt).reversed();
      case CREATED_ASC -> Comparator.comparing(Conversation::createdAt);
      case PRIORITY_DESC -> Comparator.comparingInt((Conversation c) -> c.priority().rank()).reversed();
      case PRIORITY_ASC -> Comparator.comparingInt((Conversation c) -> c.priority().rank());
      case WAITING_SINCE_ASC -> Comparator.comparing((Conversation c) -> c.waitingSince().orElse(Instant.MAX));
      case WAITING_SINCE_DESC -> Comparator.comparing((Conversation c) -> c.waitingSince().orElse(Instant.MIN))
          .reversed();
    };
    return primary.thenComparing(byIdDesc);
  }

}
