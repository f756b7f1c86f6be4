package io.konversio.core.internal;

import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationId;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.conversation.ConversationUpdate;
import io.konversio.core.conversation.Message;
import io.konversio.core.conversation.MessageId;
import io.konversio.core.conversation.MessageType;
import io.konversio.core.conversation.NewConversation;
import io.konversio.core.conversation.StaleConversationException;
import io.konversio.core.Actor;
import io.konversio.core.InvalidInputException;
import io.konversio.core.NotFoundException;
import io.konversio.core.account.AccountId;
import io.konversio.core.agent.Agent;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.Team;
import io.konversio.core.agent.TeamId;
import io.konversio.core.attribute.AttributeModel;
import io.konversio.core.attribute.CustomAttributeDefinition;
import io.konversio.core.contact.Contact;
import io.konversio.core.duework.DueItem;
import io.konversio.core.event.ConversationCreated;
import io.konversio.core.event.MessageCreated;
import io.konversio.core.inbox.Inbox;
import io.konversio.core.label.Label;
import io.konversio.core.spi.StoreTransaction;
import java.time.Instant;
import io.konversio.core.contact.ContactId;
import io.konversio.core.conversation.Conversations;
import io.konversio.core.conversation.MessagePost;
import io.konversio.core.conversation.NewMessage;
import io.konversio.core.spi.ConversationStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The conversation commands, each run inside one unit of work: validate everything first, then write. A command
 * that throws has written nothing (the store rolls the transaction back).
 */
public final class ConversationCommands {
  public static final String SNOOZE_WAKEUP = io.konversio.core.conversation.Conversations.SNOOZE_WAKEUP_KIND;
  public static final int MAX_CONTENT_LENGTH = 150_000;

  private final UnitOfWork unit;
  private final StoreTransaction tx;
  private final AccountId account;
  /** Set while {@link #postAll} runs. */
  private @Nullable Batch batch;

  public ConversationCommands(UnitOfWork unit, AccountId account) {
    this.unit = unit;
    this.tx = unit.tx();
    this.account = account;
  }

  public Conversation create(NewConversation cmd, Actor actor) {
    Inbox inbox = tx.inboxes().find(account, cmd.inboxId())
        .orElseThrow(() -> new InvalidInputException("inbox", cmd.inboxId(), "no such inbox in this account"));
    Contact contact = tx.contacts().find(account, cmd.contactId())
        .orElseThrow(() -> new InvalidInputException("contact", cmd.contactId(), "no such contact in this account"));
    Map<String, Object> custom = new TreeMap<>();
    cmd.customAttributes().forEach((k, v) -> custom.put(k, validateAttribute(k, v)));
    cmd.message().ifPresent(ConversationCommands::checkContent);
    Instant now = unit.now();
    ConversationStatus status = contact.blocked() ? ConversationStatus.RESOLVED : cmd.status();
    Conversation created = new Conversation(ConversationId.of(tx.nextId("conversation")), account,
        tx.conversations().nextDisplayId(account), inbox.id(), contact.id(), status, cmd.priority(),
        Optional.empty(), Optional.empty(), Set.of(), custom, cmd.additionalAttributes(), Set.of(), Optional.empty(),
        now, now, Optional.empty(), Optional.of(now), 1);
    tx.conversations().insert(created);
    unit.record(new ConversationCreated(UUID.randomUUID(), actor, now, created));
    ConversationNotifier notifier = new ConversationNotifier(unit);
    notifier.conversationCreated(created, actor);
    Conversation current = created;
    if (status == ConversationStatus.OPEN) {
      current = autoAssign(current, inbox, Actor.system());
    }
    if (cmd.message().isPresent()) {
      current = post(current, MessageType.INCOMING, false, Actor.contact(contact.id()), cmd.message().get(),
          Map.of()).conversation();
    }
    return current;
  }

  private Conversation autoAssign(Conversation c, Inbox inbox, Actor actor) {
    if (c.assigneeId().isPresent() || c.status() != ConversationStatus.OPEN) {
      return c;
    }
    Optional<AgentId> agent = AutoAssigner.pick(tx, inbox, c.teamId());
    if (agent.isEmpty()) {
      return c;
    }
    Set<AgentId> participants = new LinkedHashSet<>(c.participants());
    participants.add(agent.get());
    Conversation assigned = c.toBuilder().assigneeId(agent).participants(participants).version(c.version() + 1)
        .build();
    save(c, assigned);
    ChangeSet.record(unit, actor, c, assigned);
    new ConversationNotifier(unit).assigned(assigned, agent.get(), actor);
    return assigned;
  }

  public record Posted(Conversation conversation, Message message) {
  }

  public Posted postMessage(ConversationId id, MessageType type, boolean privateNote, Actor sender, String content,
      Map<String, String> attributes) {
    checkMessage(type, privateNote, sender, content);
    Conversation c = load(id);
    checkSender(c, sender);
    return post(c, type, privateNote, sender, content, attributes);
  }

  /** The checks of a message that need no reads; a null sender stands for the conversation's contact. */
  private static void checkMessage(MessageType type, boolean privateNote, @Nullable Actor sender, String content) {
    checkContent(content);
    InvalidInputException.check(!privateNote || type == MessageType.OUTGOING, "private", privateNote,
        "only outgoing messages can be private notes");
    if (sender == null) {
      InvalidInputException.check(type == MessageType.INCOMING, "sender", null,
          "is required unless the message is incoming");
      return;
    }
    InvalidInputException.check(type != MessageType.INCOMING || sender.kind() == Actor.Kind.CONTACT, "sender",
        sender, "incoming messages come from the contact");
    InvalidInputException.check(type == MessageType.INCOMING || sender.kind() != Actor.Kind.CONTACT, "sender",
        sender, "a contact can only send incoming messages");
  }

  private void checkSender(Conversation c, Actor sender) {
    if (sender.kind() == Actor.Kind.CONTACT) {
      InvalidInputException.check(sender.id() == c.contactId().value(), "sender", sender,
          "is not the contact of conversation " + c.id());
    }
    if (sender.isAgent()) {
      agent(AgentId.of(sender.id()), "sender");
    }
  }

  /**
   * Posts the messages in order in this unit of work, as {@link #postMessage} would one by one, but reads each
   * conversation, contact and sender once and writes the messages and the conversations in batches: at the end, and
   * before anything that reads conversations back from the store (auto-assignment).
   */
  public List<Message> postAll(List<MessagePost> posts) {
    InvalidInputException.check(posts.size() <= Conversations.MAX_POSTS_PER_CALL, "posts",
        posts.size() + " messages", "must be at most " + Conversations.MAX_POSTS_PER_CALL + " per call");
    for (int i = 0; i < posts.size(); i++) {
      MessagePost p = InvalidInputException.required(posts.get(i), "posts[" + i + "]");
      NewMessage m = p.message();
      try {
        checkMessage(m.type(), m.privateNote(), p.sender().orElse(null), m.content());
      } catch (InvalidInputException e) {
        throw e.within("posts[" + i + "]");
      }
    }
    Set<ConversationId> ids = new LinkedHashSet<>();
    posts.forEach(p -> ids.add(p.conversationId()));
    Map<ConversationId, Conversation> current = new HashMap<>(tx.conversations().findAllForUpdate(account, ids));
    Set<Actor> checkedSenders = new HashSet<>();
    for (int i = 0; i < posts.size(); i++) {
      MessagePost p = posts.get(i);
      Conversation c = current.get(p.conversationId());
      if (c == null) {
        throw new NotFoundException("conversation", p.conversationId());
      }
      if (p.sender().isPresent() && (p.sender().get().kind() == Actor.Kind.CONTACT
          || checkedSenders.add(p.sender().get()))) {
        try {
          checkSender(c, p.sender().get());
        } catch (InvalidInputException e) {
          throw e.within("posts[" + i + "]");
        }
      }
    }
    Set<ContactId> contacts = new LinkedHashSet<>();
    current.values().forEach(c -> contacts.add(c.contactId()));
    batch = new Batch(tx.nextIds("message", posts.size()));
    try {
      batch.contacts.putAll(tx.contacts().findAll(account, contacts)); // one query, not one per contact
      List<Message> added = new ArrayList<>(posts.size());
      for (MessagePost p : posts) {
        Conversation c = current.get(p.conversationId());
        NewMessage m = p.message();
        Posted posted = post(c, m.type(), m.privateNote(), p.sender().orElse(Actor.contact(c.contactId())),
            m.content(), m.attributes());
        current.put(c.id(), posted.conversation());
        added.add(posted.message());
      }
      flush();
      return added;
    } finally {
      batch = null;
    }
  }

  /** The writes that {@link #postAll} defers, and what it read once. */
  private static final class Batch {
    final long[] messageIds;
    int usedIds;
    final List<Message> messages = new ArrayList<>();
    /** The version each changed conversation has in the store. */
    final Map<ConversationId, Long> storedVersions = new LinkedHashMap<>();
    final Map<ConversationId, Conversation> unsaved = new LinkedHashMap<>();
    final Map<ContactId, Contact> contacts = new HashMap<>();

    Batch(long[] messageIds) {
      this.messageIds = messageIds;
    }
  }

  /** Writes what the batch deferred. */
  private void flush() {
    Batch b = Objects.requireNonNull(batch);
    if (!b.messages.isEmpty()) {
      tx.messages().insertAll(List.copyOf(b.messages));
      b.messages.clear();
    }
    if (!b.unsaved.isEmpty()) {
      List<ConversationStore.VersionedUpdate> updates = new ArrayList<>(b.unsaved.size());
      b.unsaved.forEach((id, c) -> updates.add(new ConversationStore.VersionedUpdate(c, b.storedVersions.get(id))));
      tx.conversations().updateAll(updates);
      b.unsaved.clear();
      b.storedVersions.clear();
    }
  }

  private MessageId nextMessageId() {
    if (batch != null) {
      return MessageId.of(batch.messageIds[batch.usedIds++]);
    }
    return MessageId.of(tx.nextId("message"));
  }

  /** The conversation's contact; read once per contact while {@link #postAll} runs. */
  private Contact contact(ContactId id) {
    if (batch != null) {
      return batch.contacts.computeIfAbsent(id, k -> tx.contacts().find(account, k).orElseThrow());
    }
    return tx.contacts().find(account, id).orElseThrow();
  }

  private Posted post(Conversation c, MessageType type, boolean privateNote, Actor sender, String content,
      Map<String, String> attributes) {
    Instant now = unit.now();
    Message message = new Message(nextMessageId(), account, c.id(), type, privateNote, sender, content, attributes,
        now);
    Contact contact = contact(c.contactId());
    Conversation.Builder next = c.toBuilder().lastActivityAt(now).version(c.version() + 1);
    Set<AgentId> mentioned = Set.of();
    if (type == MessageType.INCOMING) {
      if (c.waitingSince().isEmpty()) {
        next.waitingSince(Optional.of(now));
      }
      boolean reopen = (c.status() == ConversationStatus.SNOOZED || c.status() == ConversationStatus.RESOLVED)
          && !contact.blocked();
      if (reopen) {
        next.status(ConversationStatus.OPEN).snoozedUntil(Optional.empty());
        tx.dueWork().cancel(snoozeKey(c.id()));
      }
    } else if (message.isHumanReply()) {
      if (c.firstReplyAt().isEmpty()) {
        next.firstReplyAt(Optional.of(now));
      }
      next.waitingSince(Optional.empty());
    } else if (privateNote) {
      mentioned = mentionedAgents(c, content);
      if (!mentioned.isEmpty()) {
        Set<AgentId> participants = new LinkedHashSet<>(c.participants());
        participants.addAll(mentioned);
        next.participants(participants);
      }
    }
    Conversation updated = next.build();
    if (batch != null) {
      batch.messages.add(message);
    } else {
      tx.messages().insert(message);
    }
    save(c, updated);
    unit.record(new MessageCreated(UUID.randomUUID(), sender, now, updated, message));
    ChangeSet.record(unit, sender, c, updated);
    ConversationNotifier notifier = new ConversationNotifier(unit);
    notifier.mentioned(updated, message, mentioned);
    notifier.newMessage(updated, message, contact.blocked());
    if (updated.status() == ConversationStatus.OPEN && c.status() != ConversationStatus.OPEN) {
      if (batch != null) {
        flush(); // auto-assignment counts the open conversations in the store
      }
      Inbox inbox = tx.inboxes().find(account, c.inboxId()).orElseThrow();
      updated = autoAssign(updated, inbox, Actor.system());
    }
    return new Posted(updated, message);
  }

  private Set<AgentId> mentionedAgents(Conversation c, String content) {
    Mentions mentions = Mentions.parse(content);
    Set<AgentId> candidates = new LinkedHashSet<>(mentions.agents);
    for (TeamId team : mentions.teams) {
      tx.teams().find(account, team).ifPresent(t -> candidates.addAll(t.members()));
    }
    Set<AgentId> result = new LinkedHashSet<>();
    for (AgentId id : candidates) {
      tx.agents().find(account, id).filter(a -> a.canWorkIn(c.inboxId())).ifPresent(a -> result.add(a.id()));
    }
    return result;
  }

  public Conversation update(ConversationId id, Optional<Long> expectedVersion, ConversationUpdate update, Actor actor) {
    Conversation before = load(id);
    if (expectedVersion.isPresent() && expectedVersion.get() != before.version()) {
      throw new StaleConversationException(id, expectedVersion.get(), before.version());
    }
    Conversation after = apply(before, update);
    if (ChangeSet.diff(before, after).isEmpty()) {
      return before;
    }
    after = after.toBuilder().version(before.version() + 1).build();
    save(before, after);
    ChangeSet.record(unit, actor, before, after);
    scheduleSnooze(before, after);
    if (after.assigneeId().isPresent() && !after.assigneeId().equals(before.assigneeId())) {
      new ConversationNotifier(unit).assigned(after, after.assigneeId().get(), actor);
    }
    if (after.status() == ConversationStatus.OPEN && before.status() != ConversationStatus.OPEN) {
      Inbox inbox = tx.inboxes().find(account, after.inboxId()).orElseThrow();
      after = autoAssign(after, inbox, Actor.system());
    }
    return after;
  }

  private Conversation apply(Conversation c, ConversationUpdate u) {
    Conversation.Builder b = c.toBuilder();
    ConversationStatus status = u.status().orElse(c.status());
    c.status().checkMoveTo(status);
    b.status(status);
    if (status == ConversationStatus.SNOOZED) {
      if (u.snoozeSet()) {
        // Only a new wake-up time must lie ahead: a kept one may have passed before due work ran.
        u.snoozeUntil().ifPresent(t -> InvalidInputException.check(t.isAfter(unit.now()), "snoozeUntil", t,
            "must be in the future"));
        b.snoozedUntil(u.snoozeUntil());
      } else {
        b.snoozedUntil(c.snoozedUntil());
      }
    } else {
      b.snoozedUntil(Optional.empty());
    }
    if (status == ConversationStatus.RESOLVED && c.status() != ConversationStatus.RESOLVED) {
      b.waitingSince(Optional.empty());
    }
    u.priority().ifPresent(b::priority);
    Optional<TeamId> team = c.teamId();
    if (u.team().isPresent()) {
      team = u.team().get();
      team.ifPresent(t -> team(t, "team"));
      b.teamId(team);
    }
    Optional<AgentId> assignee = c.assigneeId();
    Set<AgentId> participants = new LinkedHashSet<>(c.participants());
    if (u.assignee().isPresent()) {
      assignee = u.assignee().get();
      if (assignee.isPresent()) {
        Agent agent = agent(assignee.get(), "assignee");
        InvalidInputException.check(agent.canWorkIn(c.inboxId()), "assignee", agent.id(),
            "is not a member of inbox " + c.inboxId() + " nor an administrator");
        Optional<TeamId> t = team;
        InvalidInputException.check(t.isEmpty() || team(t.get(), "team").hasMember(agent.id()), "assignee",
            agent.id(), "is not a member of team " + t.map(String::valueOf).orElse(""));
        participants.add(agent.id());
      }
    } else if (u.team().isPresent() && team.isPresent() && assignee.isPresent()) {
      Team t = team(team.get(), "team");
      if (!t.hasMember(assignee.get())) {
        assignee = Optional.empty();
      }
    }
    b.assigneeId(assignee);
    b.labels(labels(c.labels(), u));
    Map<String, Object> custom = new LinkedHashMap<>(c.customAttributes());
    u.unsetCustomAttributes().forEach(custom::remove);
    u.setCustomAttributes().forEach((k, v) -> custom.put(k, validateAttribute(k, v)));
    b.customAttributes(custom);
    Map<String, String> additional = new LinkedHashMap<>(c.additionalAttributes());
    additional.putAll(u.additionalAttributes());
    b.additionalAttributes(additional);
    for (AgentId p : u.addParticipants()) {
      Agent agent = agent(p, "participants");
      InvalidInputException.check(agent.canWorkIn(c.inboxId()), "participants", p,
          "is not a member of inbox " + c.inboxId() + " nor an administrator");
      participants.add(p);
    }
    participants.removeAll(u.removeParticipants());
    b.participants(participants);
    return b.build();
  }

  private Set<String> labels(Set<String> current, ConversationUpdate u) {
    Set<String> result = new LinkedHashSet<>(u.replaceLabels().map(this::existingLabels).orElse(current));
    result.addAll(existingLabels(u.addLabels()));
    u.removeLabels().forEach(l -> result.remove(Label.normalize(l)));
    return result;
  }

  private Set<String> existingLabels(Set<String> titles) {
    Set<String> result = new LinkedHashSet<>();
    for (String title : titles) {
      String normalized = Label.normalize(title);
      InvalidInputException.check(tx.labels().findByTitle(account, normalized).isPresent(), "labels", title,
          "no such label in this account");
      result.add(normalized);
    }
    return result;
  }

  public Object validateAttribute(String key, Object value) {
    CustomAttributeDefinition definition = tx.attributes().find(account, AttributeModel.CONVERSATION, key)
        .orElseThrow(() -> new InvalidInputException("customAttributes." + key, value,
            "no conversation attribute '" + key + "' is defined"));
    return definition.validate(value);
  }

  private void scheduleSnooze(Conversation before, Conversation after) {
    if (after.snoozedUntil().equals(before.snoozedUntil()) && after.status() == before.status()) {
      return;
    }
    String key = snoozeKey(after.id());
    if (after.status() == ConversationStatus.SNOOZED && after.snoozedUntil().isPresent()) {
      tx.dueWork().schedule(new DueItem(0, account, SNOOZE_WAKEUP, key, Long.toString(after.id().value()),
          after.snoozedUntil().get(), 0));
    } else if (before.status() == ConversationStatus.SNOOZED) {
      tx.dueWork().cancel(key);
    }
  }

  public static String snoozeKey(ConversationId id) {
    return "snooze:" + id.value();
  }

  public Conversation mute(ConversationId id, Actor actor) {
    Conversation c = load(id);
    Contact contact = contact(c.contactId());
    if (!contact.blocked()) {
      tx.contacts().update(contact.withBlocked(true));
    }
    if (c.status() == ConversationStatus.RESOLVED) {
      return c;
    }
    return update(id, Optional.empty(), ConversationUpdate.builder().status(ConversationStatus.RESOLVED).build(),
        actor);
  }

  public void unmute(ConversationId id) {
    Conversation c = load(id);
    Contact contact = contact(c.contactId());
    if (contact.blocked()) {
      tx.contacts().update(contact.withBlocked(false));
    }
  }

  /**
   * Reopens a snoozed conversation whose wake-up item, due at {@code dueAt}, has come; does nothing if it was
   * reopened or snoozed to a later time since. Compares with the item's time, not the clock: due work may run for
   * an instant ahead of the clock.
   */
  public void wakeUp(ConversationId id, Instant dueAt) {
    Optional<Conversation> c = tx.conversations().find(account, id);
    if (c.isPresent() && c.get().status() == ConversationStatus.SNOOZED
        && c.get().snoozedUntil().filter(t -> !t.isAfter(dueAt)).isPresent()) {
      update(id, Optional.empty(), ConversationUpdate.builder().status(ConversationStatus.OPEN).build(),
          Actor.system());
    }
  }

  /**
   * Reads the conversation to change it: locked until the unit of work ends, on stores with row locks, so that
   * concurrent writers wait for each other instead of going stale and retrying (which a writer of many
   * conversations at once would win every time).
   */
  public Conversation load(ConversationId id) {
    Conversation c = tx.conversations().findAllForUpdate(account, List.of(id)).get(id);
    if (c == null) {
      throw new NotFoundException("conversation", id);
    }
    return c;
  }

  private Agent agent(AgentId id, String field) {
    return tx.agents().find(account, id)
        .orElseThrow(() -> new InvalidInputException(field, id, "no such agent in this account"));
  }

  private Team team(TeamId id, String field) {
    return tx.teams().find(account, id)
        .orElseThrow(() -> new InvalidInputException(field, id, "no such team in this account"));
  }

  private void save(Conversation before, Conversation after) {
    if (batch != null) {
      batch.storedVersions.putIfAbsent(after.id(), before.version());
      batch.unsaved.put(after.id(), after);
      return;
    }
    tx.conversations().update(after, before.version());
  }

  private static void checkContent(String content) {
    InvalidInputException.check(!content.isBlank(), "content", content, "must not be blank");
    if (content.length() > MAX_CONTENT_LENGTH) {
      throw new InvalidInputException("content", content.substring(0, 40) + "... (" + content.length()
          + " characters)", "must be at most " + MAX_CONTENT_LENGTH + " characters");
    }
  }
}
