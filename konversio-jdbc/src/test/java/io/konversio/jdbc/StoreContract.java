package io.konversio.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.Actor;
import io.konversio.core.Page;
import io.konversio.core.account.Account;
import io.konversio.core.account.AccountId;
import io.konversio.core.agent.Agent;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.AgentRole;
import io.konversio.core.agent.Availability;
import io.konversio.core.agent.Team;
import io.konversio.core.agent.TeamId;
import io.konversio.core.attribute.AttributeModel;
import io.konversio.core.attribute.AttributeType;
import io.konversio.core.attribute.CustomAttributeDefinition;
import io.konversio.core.contact.Contact;
import io.konversio.core.contact.ContactId;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationId;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.conversation.Message;
import io.konversio.core.conversation.MessageId;
import io.konversio.core.conversation.MessageType;
import io.konversio.core.conversation.Priority;
import io.konversio.core.conversation.StaleConversationException;
import io.konversio.core.duework.DueItem;
import io.konversio.core.event.DomainEvent;
import io.konversio.core.event.LabelAdded;
import io.konversio.core.inbox.AutoAssignment;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.Inbox;
import io.konversio.core.inbox.InboxId;
import io.konversio.core.inbox.InboxSettings;
import io.konversio.core.label.Label;
import io.konversio.core.label.LabelId;
import io.konversio.core.notification.Notification;
import io.konversio.core.notification.NotificationId;
import io.konversio.core.notification.NotificationType;
import io.konversio.core.search.ConversationQuery;
import io.konversio.core.search.SavedFilter;
import io.konversio.core.search.SavedFilterId;
import io.konversio.core.spi.OutboxStore;
import io.konversio.core.spi.StoreTransaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the jOOQ stores guarantee beyond plain storage, on one database per test; one subclass per database. */
abstract class StoreContract {
  static final AccountId ACME = AccountId.of(1);
  static final AccountId GLOBEX = AccountId.of(2);
  static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  private final List<JdbcStore> stores = new CopyOnWriteArrayList<>();
  JdbcStore store;

  protected abstract Backend backend();

  @BeforeEach
  void openStore() {
    store = track(backend().newStore());
  }

  JdbcStore track(JdbcStore s) {
    stores.add(s);
    return s;
  }

  @AfterEach
  void closeStores() {
    stores.forEach(JdbcStore::close);
  }

  <T> T write(Function<StoreTransaction, T> work) {
    return store.write(work);
  }

  <T> T read(Function<StoreTransaction, T> work) {
    return store.read(work);
  }

  <E> List<E> readList(Function<StoreTransaction, List<E>> work) {
    return store.read(work);
  }

  <E> Optional<E> readOptional(Function<StoreTransaction, Optional<E>> work) {
    return store.read(work);
  }

  long readLong(Function<StoreTransaction, Long> work) {
    return store.read(work);
  }

  <E> List<E> writeList(Function<StoreTransaction, List<E>> work) {
    return store.write(work);
  }

  long writeLong(Function<StoreTransaction, Long> work) {
    return store.write(work);
  }

  boolean writeBoolean(Function<StoreTransaction, Boolean> work) {
    return store.write(work);
  }

  <K, V> Map<K, V> writeMap(Function<StoreTransaction, Map<K, V>> work) {
    return store.write(work);
  }

  static Conversation conversation(long id, AccountId account) {
    return new Conversation(ConversationId.of(id), account, id, InboxId.of(1), ContactId.of(1),
        ConversationStatus.OPEN, Priority.NONE, Optional.empty(), Optional.empty(), Set.of("billing"),
        Map.of("order_total", new BigDecimal("12.50"), "due", LocalDate.of(2026, 2, 1), "vip", true, "plan", "gold"),
        Map.of("referer", "https://x.test"), Set.of(AgentId.of(3)), Optional.empty(), T0, T0, Optional.empty(),
        Optional.of(T0), 0);
  }

  @Test
  void everyEntityReadsBackEqualAndOnlyInItsAccount() {
    Account account = new Account(ACME, "Acme", T0);
    Inbox inbox = new Inbox(InboxId.of(1), ACME, "Support", ChannelType.EMAIL,
        new InboxSettings(true, AutoAssignment.balanced().withMaxOpenPerAgent(3)), T0);
    Agent agent = new Agent(AgentId.of(3), ACME, "Alice", "alice@acme.test", AgentRole.ADMINISTRATOR,
        Availability.BUSY, Set.of(InboxId.of(1), InboxId.of(2)));
    Team team = new Team(TeamId.of(4), ACME, "Billing", "Invoices", Set.of(AgentId.of(3), AgentId.of(5)));
    Contact contact = new Contact(ContactId.of(1), ACME, "Ada", Optional.of("ada@example.com"), Optional.empty(),
        Map.of("city", "London"), Map.of("tier", new BigDecimal("2"), "since", LocalDate.of(2020, 1, 1)), true, T0);
    Label label = new Label(LabelId.of(6), ACME, "Billing", "about invoices", "#ff0000");
    CustomAttributeDefinition definition = new CustomAttributeDefinition(ACME, AttributeModel.CONVERSATION, "plan",
        "Plan", AttributeType.LIST, List.of("gold", "silver"));
    Conversation conversation = conversation(7, ACME);
    Message message = new Message(MessageId.of(8), ACME, conversation.id(), MessageType.OUTGOING, true,
        Actor.agent(AgentId.of(3)), "Hello", Map.of("content_type", "text"), T0);
    Notification notification = new Notification(NotificationId.of(9), ACME, AgentId.of(3),
        NotificationType.CONVERSATION_MENTION, conversation.id(), Optional.of(message.id()), Actor.system(),
        "message:8", T0, Optional.empty());
    SavedFilter filter = new SavedFilter(SavedFilterId.of(10), ACME, AgentId.of(3), "Billing",
        ConversationQuery.builder().labelsAny("billing").text("refund").build(), T0);
    write(tx -> {
      tx.accounts().insert(account);
      tx.inboxes().insert(inbox);
      tx.agents().insert(agent);
      tx.teams().insert(team);
      tx.contacts().insert(contact);
      tx.labels().insert(label);
      tx.attributes().insert(definition);
      tx.conversations().insert(conversation);
      tx.messages().insert(message);
      tx.notifications().insertIfAbsent(notification);
      tx.savedFilters().insert(filter);
      return null;
    });
    read(tx -> {
      assertThat(tx.accounts().find(ACME)).contains(account);
      assertThat(tx.inboxes().find(ACME, inbox.id())).contains(inbox);
      assertThat(tx.agents().find(ACME, agent.id())).contains(agent);
      assertThat(tx.teams().find(ACME, team.id())).contains(team);
      assertThat(tx.contacts().find(ACME, contact.id())).contains(contact);
      assertThat(tx.labels().findByTitle(ACME, "billing")).contains(label);
      assertThat(tx.attributes().find(ACME, AttributeModel.CONVERSATION, "plan")).contains(definition);
      assertThat(tx.conversations().find(ACME, conversation.id())).contains(conversation);
      assertThat(tx.conversations().findByDisplayId(ACME, 7)).contains(conversation);
      assertThat(tx.messages().find(ACME, message.id())).contains(message);
      assertThat(tx.notifications().find(ACME, notification.id())).contains(notification);
      assertThat(tx.savedFilters().find(ACME, filter.id())).contains(filter);

      assertThat(tx.inboxes().find(GLOBEX, inbox.id())).isEmpty();
      assertThat(tx.agents().find(GLOBEX, agent.id())).isEmpty();
      assertThat(tx.teams().find(GLOBEX, team.id())).isEmpty();
      assertThat(tx.contacts().find(GLOBEX, contact.id())).isEmpty();
      assertThat(tx.labels().findByTitle(GLOBEX, "billing")).isEmpty();
      assertThat(tx.conversations().find(GLOBEX, conversation.id())).isEmpty();
      assertThat(tx.messages().list(GLOBEX, conversation.id())).isEmpty();
      assertThat(tx.notifications().find(GLOBEX, notification.id())).isEmpty();
      assertThat(tx.savedFilters().list(GLOBEX, AgentId.of(3))).isEmpty();
      return null;
    });
  }

  @Test
  void updatesReplaceTheStoredValues() {
    Agent agent = new Agent(AgentId.of(3), ACME, "Alice", "alice@acme.test", AgentRole.AGENT, Availability.OFFLINE,
        Set.of(InboxId.of(1)));
    Team team = new Team(TeamId.of(4), ACME, "Billing", "", Set.of(AgentId.of(3)));
    Inbox inbox = new Inbox(InboxId.of(1), ACME, "Support", ChannelType.API, InboxSettings.defaults(), T0);
    write(tx -> {
      tx.agents().insert(agent);
      tx.teams().insert(team);
      tx.inboxes().insert(inbox);
      return null;
    });
    Agent changed = agent.withAvailability(Availability.ONLINE).withInboxes(Set.of(InboxId.of(2), InboxId.of(5)));
    Team emptied = team.withMembers(Set.of());
    Inbox renamed = inbox.withName("Help").withSettings(InboxSettings.defaults().withCsatEnabled(true));
    write(tx -> {
      tx.agents().update(changed);
      tx.teams().update(emptied);
      tx.inboxes().update(renamed);
      return null;
    });
    assertThat(readList(tx -> tx.agents().list(ACME))).containsExactly(changed);
    assertThat(readList(tx -> tx.teams().list(ACME))).containsExactly(emptied);
    assertThat(readList(tx -> tx.inboxes().list(ACME))).containsExactly(renamed);
    Agent absent = new Agent(AgentId.of(8), ACME, "Bob", "bob@acme.test", AgentRole.AGENT, Availability.ONLINE,
        Set.of());
    assertThatThrownBy(() -> write(tx -> {
      tx.agents().update(absent);
      return null;
    })).isInstanceOf(IllegalStateException.class);
    assertThat(readOptional(tx -> tx.agents().find(ACME, absent.id()))).isEmpty();
  }

  @Test
  void aStaleUpdateThrowsWithTheStoredVersionAndWritesNothing() {
    Conversation original = conversation(1, ACME);
    write(tx -> {
      tx.conversations().insert(original);
      return null;
    });
    Conversation first = original.toBuilder().status(ConversationStatus.RESOLVED).labels(Set.of("vip")).version(1)
        .build();
    write(tx -> {
      tx.conversations().update(first, 0);
      return null;
    });
    Conversation stale = original.toBuilder().priority(Priority.HIGH).labels(Set.of("spam")).version(1).build();
    assertThatThrownBy(() -> write(tx -> {
      tx.conversations().update(stale, 0);
      return null;
    })).isInstanceOfSatisfying(StaleConversationException.class, e -> {
      assertThat(e.expectedVersion()).isZero();
      assertThat(e.actualVersion()).isEqualTo(1);
      assertThat(e.conversationId()).isEqualTo(original.id());
    });
    assertThat(readOptional(tx -> tx.conversations().find(ACME, original.id()))).contains(first);
    assertThat(read(tx -> tx.conversations().query(ACME, ConversationQuery.builder().labelsAny("vip").build(),
        Optional.empty())).items()).containsExactly(first);
    assertThat(read(tx -> tx.conversations().query(ACME, ConversationQuery.builder().labelsAny("spam", "billing")
        .build(), Optional.empty())).items()).isEmpty();
  }

  @Test
  void aWriteThatThrowsLeavesNoTrace() {
    RuntimeException boom = new IllegalArgumentException("boom");
    assertThatThrownBy(() -> write(tx -> {
      tx.accounts().insert(new Account(ACME, "Acme", T0));
      tx.conversations().insert(conversation(1, ACME));
      tx.outbox().append(List.of(labelAdded(conversation(1, ACME))));
      throw boom;
    })).isSameAs(boom);
    assertThat(readList(tx -> tx.accounts().list())).isEmpty();
    assertThat(readOptional(tx -> tx.conversations().find(ACME, ConversationId.of(1)))).isEmpty();
    assertThat(readList(tx -> tx.outbox().pending(10))).isEmpty();
  }

  @Test
  void aReadTransactionRefusesWrites() {
    assertThatThrownBy(() -> read(tx -> {
      tx.accounts().insert(new Account(ACME, "Acme", T0));
      return null;
    })).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> read(tx -> tx.nextId("conversation"))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void duplicatesAreRefused() {
    write(tx -> {
      tx.accounts().insert(new Account(ACME, "Acme", T0));
      tx.labels().insert(new Label(LabelId.of(1), ACME, "Billing", "", "#000000"));
      return null;
    });
    assertThatThrownBy(() -> write(tx -> {
      tx.accounts().insert(new Account(ACME, "Again", T0));
      return null;
    })).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> write(tx -> {
      tx.labels().insert(new Label(LabelId.of(2), ACME, " BILLING ", "", "#000000"));
      return null;
    })).isInstanceOf(IllegalStateException.class);
    write(tx -> {
      tx.labels().insert(new Label(LabelId.of(3), GLOBEX, "billing", "", "#000000"));
      return null;
    });
  }

  @Test
  void idsComeFromNamedSequencesIncludingNewNames() {
    assertThat(writeList(tx -> List.of(tx.nextId("conversation"), tx.nextId("conversation"), tx.nextId("message"))))
        .containsExactly(1L, 2L, 1L);
    assertThat(writeList(tx -> List.of(tx.nextId("campaign"), tx.nextId("campaign")))).containsExactly(1L, 2L);
    JdbcStore second = track(backend().open(backend().newDatabase()));
    assertThat((long) second.write(tx -> tx.nextId("campaign"))).isEqualTo(1L);
    assertThatThrownBy(() -> write(tx -> tx.nextId("Robert'); drop table account; --")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void displayIdsCountPerAccount() {
    assertThat(writeList(tx -> List.of(tx.conversations().nextDisplayId(ACME), tx.conversations().nextDisplayId(ACME),
        tx.conversations().nextDisplayId(GLOBEX)))).containsExactly(1L, 2L, 1L);
    assertThat(writeLong(tx -> tx.conversations().nextDisplayId(ACME))).isEqualTo(3L);
  }

  @Test
  void instantsAreKeptToTheMicrosecond() {
    Instant precise = Instant.parse("2026-01-05T09:00:00.123456789Z");
    write(tx -> {
      tx.accounts().insert(new Account(ACME, "Acme", precise));
      return null;
    });
    assertThat(readOptional(tx -> tx.accounts().find(ACME)).orElseThrow().createdAt())
        .isEqualTo(Instant.parse("2026-01-05T09:00:00.123456Z"));
  }

  @Test
  void notificationsAreStoredOncePerAgentAndKeyAndListedNewestFirst() {
    Notification first = notification(1, AgentId.of(3), "message:1", T0);
    assertThat(writeBoolean(tx -> tx.notifications().insertIfAbsent(first))).isTrue();
    assertThat(writeBoolean(tx -> tx.notifications().insertIfAbsent(notification(2, AgentId.of(3), "message:1", T0))))
        .isFalse();
    Notification other = notification(3, AgentId.of(4), "message:1", T0);
    Notification later = notification(4, AgentId.of(3), "message:2", T0.plusSeconds(60));
    write(tx -> {
      tx.notifications().insertIfAbsent(other);
      tx.notifications().insertIfAbsent(later);
      tx.notifications().update(first.markedRead(T0.plusSeconds(90)));
      return null;
    });
    Page<Notification> page = read(tx -> tx.notifications().list(ACME, AgentId.of(3), false, 0, 10));
    assertThat(page.items()).containsExactly(later, first.markedRead(T0.plusSeconds(90)));
    assertThat(page.total()).isEqualTo(2);
    assertThat(read(tx -> tx.notifications().list(ACME, AgentId.of(3), true, 0, 10)).items())
        .containsExactly(later);
    assertThat(readLong(tx -> tx.notifications().countUnread(ACME, AgentId.of(3)))).isEqualTo(1);
  }

  private static Notification notification(long id, AgentId agent, String key, Instant at) {
    return new Notification(NotificationId.of(id), ACME, agent, NotificationType.CONVERSATION_ASSIGNED,
        ConversationId.of(1), Optional.empty(), Actor.system(), key, at, Optional.empty());
  }

  @Test
  void messagesAreListedInOrderOfCreation() {
    ConversationId c = ConversationId.of(1);
    Message second = message(5, c, T0.plusSeconds(1));
    Message first = message(9, c, T0);
    Message tie = message(7, c, T0.plusSeconds(1));
    write(tx -> {
      tx.messages().insert(second);
      tx.messages().insert(first);
      tx.messages().insert(tie);
      tx.messages().insert(message(10, ConversationId.of(2), T0));
      return null;
    });
    assertThat(readList(tx -> tx.messages().list(ACME, c))).containsExactly(first, second, tie);
  }

  private static Message message(long id, ConversationId c, Instant at) {
    return new Message(MessageId.of(id), ACME, c, MessageType.INCOMING, false, Actor.contact(ContactId.of(1)),
        "text " + id, Map.of(), at);
  }

  @Test
  void contactsArePagedByIdAndFoundByEmail() {
    write(tx -> {
      for (long i = 1; i <= 7; i++) {
        tx.contacts().insert(new Contact(ContactId.of(i), i == 4 ? GLOBEX : ACME, "C" + i, Optional.empty(),
            Optional.empty(), Map.of(), Map.of(), false, T0));
      }
      return null;
    });
    write(tx -> {
      tx.contacts().insert(new Contact(ContactId.of(8), GLOBEX, "Ada", Optional.of("ada@example.com"),
          Optional.empty(), Map.of(), Map.of(), false, T0));
      tx.contacts().insert(new Contact(ContactId.of(9), ACME, "Ada", Optional.of("ada@example.com"),
          Optional.empty(), Map.of(), Map.of(), false, T0));
      return null;
    });
    assertThat(readOptional(tx -> tx.contacts().findByEmail(ACME, "ada@example.com")).map(Contact::id))
        .contains(ContactId.of(9));
    assertThat(readOptional(tx -> tx.contacts().findByEmail(ACME, "nobody@example.com"))).isEmpty();
    Page<Contact> page = read(tx -> tx.contacts().list(ACME, 1, 4));
    assertThat(page.items()).extracting(c -> c.id().value()).containsExactly(6L, 7L, 9L);
    assertThat(page.total()).isEqualTo(7);
  }

  @Test
  void labelsSavedFiltersAndAttributesAreListedInOrderAndDeleted() {
    write(tx -> {
      tx.labels().insert(new Label(LabelId.of(1), ACME, "b_x", "", "#0"));
      tx.labels().insert(new Label(LabelId.of(2), ACME, "a-z", "", "#0"));
      tx.labels().insert(new Label(LabelId.of(3), ACME, "B", "", "#0"));
      tx.savedFilters().insert(new SavedFilter(SavedFilterId.of(1), ACME, AgentId.of(1), "b", ConversationQuery.all(),
          T0));
      tx.savedFilters().insert(new SavedFilter(SavedFilterId.of(2), ACME, AgentId.of(1), "A", ConversationQuery.all(),
          T0));
      for (String key : List.of("zeta", "a_b", "ab")) {
        tx.attributes().insert(new CustomAttributeDefinition(ACME, AttributeModel.CONTACT, key, key,
            AttributeType.TEXT, List.of()));
      }
      return null;
    });
    assertThat(readList(tx -> tx.labels().list(ACME))).extracting(Label::title).containsExactly("a-z", "b", "b_x");
    assertThat(readList(tx -> tx.savedFilters().list(ACME, AgentId.of(1)))).extracting(SavedFilter::name)
        .containsExactly("A", "b");
    assertThat(readList(tx -> tx.attributes().list(ACME, AttributeModel.CONTACT)))
        .extracting(CustomAttributeDefinition::key).containsExactly("a_b", "ab", "zeta");
    assertThat(readList(tx -> tx.attributes().list(ACME, AttributeModel.CONVERSATION))).isEmpty();
    write(tx -> {
      tx.labels().delete(ACME, LabelId.of(3));
      tx.labels().delete(GLOBEX, LabelId.of(1));
      tx.savedFilters().delete(ACME, SavedFilterId.of(2));
      tx.attributes().delete(ACME, AttributeModel.CONTACT, "ab");
      return null;
    });
    assertThat(readList(tx -> tx.labels().list(ACME))).extracting(Label::title).containsExactly("a-z", "b_x");
    assertThat(readList(tx -> tx.savedFilters().list(ACME, AgentId.of(1)))).extracting(SavedFilter::name)
        .containsExactly("b");
    assertThat(readList(tx -> tx.attributes().list(ACME, AttributeModel.CONTACT)))
        .extracting(CustomAttributeDefinition::key).containsExactly("a_b", "zeta");
  }

  @Test
  void autoAssignmentTicketsAreRecordedPerInboxAndAgent() {
    write(tx -> {
      tx.inboxes().insert(new Inbox(InboxId.of(1), ACME, "Support", ChannelType.EMAIL, InboxSettings.defaults(), T0));
      tx.inboxes().recordAutoAssignment(ACME, InboxId.of(1), AgentId.of(3), 1);
      tx.inboxes().recordAutoAssignment(ACME, InboxId.of(1), AgentId.of(4), 2);
      tx.inboxes().recordAutoAssignment(ACME, InboxId.of(1), AgentId.of(3), 3);
      tx.inboxes().recordAutoAssignment(ACME, InboxId.of(2), AgentId.of(3), 4);
      return null;
    });
    assertThat(writeMap(tx -> tx.inboxes().autoAssignmentTickets(ACME, InboxId.of(1))))
        .isEqualTo(Map.of(AgentId.of(3), 3L, AgentId.of(4), 2L));
  }

  @Test
  void dueWorkIsClaimedOnceUntilTheLeaseEndsAndRescheduleReplacesIt() {
    write(tx -> {
      tx.dueWork().schedule(due("snooze:1", T0));
      tx.dueWork().schedule(due("snooze:2", T0.plusSeconds(60)));
      tx.dueWork().schedule(due("snooze:3", T0.minusSeconds(60)));
      return null;
    });
    Duration lease = Duration.ofMinutes(5);
    List<DueItem> claimed = write(tx -> tx.dueWork().claim(T0, 10, lease));
    assertThat(claimed).extracting(DueItem::key).containsExactly("snooze:3", "snooze:1");
    assertThat(writeList(tx -> tx.dueWork().claim(T0.plusSeconds(60), 10, lease))).extracting(DueItem::key)
        .containsExactly("snooze:2");
    assertThat(writeList(tx -> tx.dueWork().claim(T0.plusSeconds(120), 10, lease))).isEmpty();
    List<DueItem> again = write(tx -> tx.dueWork().claim(T0.plus(lease), 1, lease));
    assertThat(again).extracting(DueItem::key).containsExactly("snooze:3");

    DueItem first = claimed.get(1);
    write(tx -> {
      tx.dueWork().schedule(due("snooze:1", T0.plusSeconds(3600)));
      tx.dueWork().complete(first);
      tx.dueWork().retry(again.get(0), T0.plusSeconds(600));
      tx.dueWork().cancel("snooze:2");
      return null;
    });
    List<DueItem> left = read(tx -> tx.dueWork().list());
    assertThat(left).extracting(DueItem::key).containsExactly("snooze:3", "snooze:1");
    assertThat(left.get(0).attempts()).isEqualTo(1);
    assertThat(left.get(0).dueAt()).isEqualTo(T0.plusSeconds(600));
    assertThat(left.get(1).id()).isNotEqualTo(first.id());
    assertThat(writeList(tx -> tx.dueWork().claim(T0.plusSeconds(600), 10, lease))).extracting(DueItem::key)
        .containsExactly("snooze:3");
  }

  private static DueItem due(String key, Instant at) {
    return new DueItem(0, ACME, "conversation.snooze_wakeup", key, key.substring(key.indexOf(':') + 1), at, 0);
  }

  @Test
  void theOutboxKeepsEventsInOrderUntilDispatched() {
    Conversation c = conversation(1, ACME);
    List<DomainEvent> events = List.of(labelAdded(c), labelAdded(c), labelAdded(c));
    write(tx -> {
      tx.outbox().append(events.subList(0, 2));
      return null;
    });
    write(tx -> {
      tx.outbox().append(events.subList(2, 3));
      return null;
    });
    List<OutboxStore.Entry> pending = read(tx -> tx.outbox().pending(10));
    assertThat(pending).extracting(OutboxStore.Entry::event).containsExactlyElementsOf(events);
    assertThat(readList(tx -> tx.outbox().pending(2))).hasSize(2);
    write(tx -> {
      tx.outbox().markDispatched(List.of(pending.get(0).sequence(), pending.get(1).sequence()));
      return null;
    });
    assertThat(readList(tx -> tx.outbox().pending(10))).extracting(OutboxStore.Entry::event)
        .containsExactly(events.get(2));
  }

  private static DomainEvent labelAdded(Conversation c) {
    return new LabelAdded(UUID.randomUUID(), Actor.system(), T0, c, "billing");
  }
}
