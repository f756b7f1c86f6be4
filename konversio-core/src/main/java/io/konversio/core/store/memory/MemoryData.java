package io.konversio.core.store.memory;

import io.konversio.core.account.Account;
import io.konversio.core.agent.Agent;
import io.konversio.core.agent.Team;
import io.konversio.core.attribute.CustomAttributeDefinition;
import io.konversio.core.contact.Contact;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.Message;
import io.konversio.core.duework.DueItem;
import io.konversio.core.inbox.Inbox;
import io.konversio.core.label.Label;
import io.konversio.core.notification.Notification;
import io.konversio.core.search.SavedFilter;
import io.konversio.core.spi.OutboxStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The maps behind the in-memory store; guarded by its lock. Keys are id values. */
final class MemoryData {
  final Map<Long, Account> accounts = new TreeMap<>();
  final Map<Long, Inbox> inboxes = new TreeMap<>();
  final Map<String, Long> autoAssignmentTickets = new HashMap<>(); // "account:inbox:agent" -> ticket
  final Map<Long, Agent> agents = new TreeMap<>();
  final Map<Long, Team> teams = new TreeMap<>();
  final Map<Long, Contact> contacts = new TreeMap<>();
  final Map<Long, Label> labels = new TreeMap<>();
  final Map<String, CustomAttributeDefinition> attributes = new TreeMap<>(); // "account:model:key"
  final Map<Long, Conversation> conversations = new TreeMap<>();
  final Map<Long, Long> displayIds = new HashMap<>(); // account -> last display id
  final Map<Long, Message> messages = new TreeMap<>();
  final Map<Long, List<Message>> messagesByConversation = new HashMap<>();
  final Map<Long, Notification> notifications = new TreeMap<>();
  final Map<String, Long> notificationKeys = new HashMap<>(); // "agent:dedupKey" -> id
  final Map<Long, SavedFilter> savedFilters = new TreeMap<>();
  final Map<String, DueSlot> dueWork = new HashMap<>(); // key -> slot
  final Map<Long, OutboxStore.Entry> outbox = new TreeMap<>(); // pending, by sequence
  long dueSequence;
  long outboxSequence;

  /** A due item and the instant from which it may be claimed again. */
  record DueSlot(DueItem item, Instant visibleAt) {
  }

  static <T> List<T> copy(List<T> list) {
    return new ArrayList<>(list);
  }
}
