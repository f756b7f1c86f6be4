package io.konversio.core.spi.contract;

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
import io.konversio.core.attribute.AttributeModel;
import io.konversio.core.attribute.AttributeType;
import io.konversio.core.attribute.CustomAttributeDefinition;
import io.konversio.core.contact.Contact;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.conversation.Message;
import io.konversio.core.conversation.MessageType;
import io.konversio.core.conversation.StaleConversationException;
import io.konversio.core.duework.DueItem;
import io.konversio.core.event.ConversationCreated;
import io.konversio.core.event.DomainEvent;
import io.konversio.core.inbox.AutoAssignment;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.Inbox;
import io.konversio.core.inbox.InboxSettings;
import io.konversio.core.label.Label;
import io.konversio.core.label.LabelId;
import io.konversio.core.notification.Notification;
import io.konversio.core.notification.NotificationId;
import io.konversio.core.notification.NotificationType;
import io.konversio.core.search.ConversationCounts;
import io.konversio.core.search.ConversationQuery;
import io.konversio.core.search.SavedFilter;
import io.konversio.core.search.SavedFilterId;
import io.konversio.core.spi.OutboxStore;
import io.konversio.core.spi.StoreTransaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.konversio.core.spi.DataStore} transactions across the stores: commit and visibility,
 * rollback of every kind of write, {@link StoreTransaction#nextId}, and that no read crosses accounts. Subclass it
 * with {@link #newStore()} returning a fresh store of the implementation under test. Not thread-safe.
 */
public abstract class TransactionContract extends StoreContractSupport {

  /** One of every record, committed, around a {@link World}. */
  private record Full(World w, Label label, CustomAttributeDefinition attribute, Message message,
      Notification notification, SavedFilter filter) {
  }

  /** Everything the stores tell about one account, to compare before and after a transaction. */
  private record Snapshot(List<Account> accounts, List<Inbox> inboxes, List<Agent> agents, List<Team> teams,
      Page<Contact> contacts, List<Label> labels, List<CustomAttributeDefinition> attributes,
      Page<Conversation> conversations, List<Message> messages, Page<Notification> notifications,
      List<SavedFilter> filters, List<DueItem> dueWork, List<OutboxStore.Entry> outbox,
      Map<AgentId, Long> tickets) {
  }

  private Snapshot snapshot(World w) {
    AccountId a = w.accountId();
    return read(tx -> new Snapshot(tx.accounts().list(), tx.inboxes().list(a), tx.agents().list(a),
        tx.teams().list(a), tx.contacts().list(a, 0, 100), tx.labels().list(a),
        tx.attributes().list(a, AttributeModel.CONVERSATION), tx.conversations().query(a, ConversationQuery.all(),
        Optional.empty()), tx.messages().list(a, w.conversation().id()),
        tx.notifications().list(a, w.agent().id(), false, 0, 100), tx.savedFilters().list(a, w.agent().id()),
        tx.dueWork().list(), tx.outbox().pending(100), tx.inboxes().autoAssignmentTickets(a, w.inbox().id())));
  }

  private static Label label(StoreTransaction tx, AccountId account, String title) {
    return new Label(LabelId.of(tx.nextId("label")), account, title, "Rückfragen", "#00FF00");
  }

  private static CustomAttributeDefinition attribute(AccountId account, String key) {
    return new CustomAttributeDefinition(account, AttributeModel.CONVERSATION, key, "Plan", AttributeType.LIST,
        List.of("silver", "gold"));
  }

  private static Notification notification(StoreTransaction tx, World w, String dedupKey) {
    return new Notification(NotificationId.of(tx.nextId("notification")), w.accountId(), w.agent().id(),
        NotificationType.CONVERSATION_CREATED, w.conversation().id(), Optional.empty(), Actor.system(), dedupKey,
        minutes(1), Optional.empty());
  }

  private static SavedFilter filter(StoreTransaction tx, World w, String name) {
    return new SavedFilter(SavedFilterId.of(tx.nextId("saved_filter")), w.accountId(), w.agent().id(), name,
        ConversationQuery.builder().labelsAny("vip").text("Rechnung").build(), minutes(1));
  }

  private static DueItem due(World w, String key) {
    return new DueItem(0, w.accountId(), "conversation.snooze_wakeup", key, "42", minutes(1), 0);
  }

  private static DomainEvent created(World w) {
    return new ConversationCreated(UUID.randomUUID(), Actor.system(), minutes(1), w.conversation());
  }

  private Full newFull(String accountName) {
    World w = newWorld(accountName);
    return write(tx -> {
      Label label = label(tx, w.accountId(), "vip");
      CustomAttributeDefinition attribute = attribute(w.accountId(), "plan");
      Message message = message(tx, w.conversation(), MessageType.INCOMING, Actor.contact(w.contact().id()),
          "Hallo, meine Rechnung …", minutes(1));
      Notification notification = notification(tx, w, "message:" + message.id());
      SavedFilter filter = filter(tx, w, "VIP");
      tx.labels().insert(label);
      tx.attributes().insert(attribute);
      tx.messages().insert(message);
      tx.notifications().insertIfAbsent(notification);
      tx.savedFilters().insert(filter);
      tx.dueWork().schedule(due(w, "snooze:" + w.conversation().id()));
      tx.dueWork().schedule(due(w, "webhook:" + w.conversation().id()));
      tx.outbox().append(List.of(created(w)));
      tx.inboxes().recordAutoAssignment(w.accountId(), w.inbox().id(), w.agent().id(), 1);
      return new Full(w, label, attribute, message, notification, filter);
    });
  }

  private static RuntimeException failure() {
    return new IllegalStateException("the unit of work failed");
  }

  // ---- commit and visibility

  @Test
  void aCommittedWriteIsSeenByALaterRead() {
    Account acme = newAccount("Acme");

    Optional<Account> found = read(tx -> tx.accounts().find(acme.id()));

    assertThat(found).contains(acme);
  }

  @Test
  void aWriteSeesItsOwnChanges() {
    World w = newWorld("Acme");
    Conversation changed = w.conversation().toBuilder().status(ConversationStatus.PENDING).version(2).build();

    List<Object> seen = write(tx -> {
      Contact contact = contact(tx, w.accountId(), "Neu", null, null);
      tx.contacts().insert(contact);
      tx.conversations().update(changed, 1);
      tx.outbox().append(List.of(created(w)));
      return List.of(tx.contacts().find(w.accountId(), contact.id()).isPresent(),
          tx.conversations().find(w.accountId(), w.conversation().id()).orElseThrow(),
          tx.outbox().pending(10).size());
    });

    assertThat(seen).containsExactly(true, changed, 1);
  }

  @Test
  void writeAndReadReturnTheValueOfTheirWork() {
    String written = write(tx -> "geschrieben ✓");
    Integer readValue = read(tx -> 42);

    assertThat(written).isEqualTo("geschrieben ✓");
    assertThat(readValue).isEqualTo(42);
  }

  @Test
  void aThrowingWriteRethrowsTheVeryException() {
    RuntimeException failure = failure();

    assertThatThrownBy(() -> useWrite(tx -> {
      throw failure;
    })).isSameAs(failure);
  }

  // ---- rollback

  @Test
  void aThrowingWriteLeavesNoInsertBehindInAnyStore() {
    World w = newWorld("Acme");
    Snapshot before = snapshot(w);
    RuntimeException failure = failure();

    assertThatThrownBy(() -> useWrite(tx -> {
      tx.accounts().insert(account(tx, "Ghost Ltd"));
      Inbox inbox = inbox(tx, w.accountId(), "Ghost inbox", ChannelType.SMS);
      tx.inboxes().insert(inbox);
      tx.agents().insert(agent(tx, w.accountId(), "Ghost", Set.of(inbox.id())));
      tx.teams().insert(team(tx, w.accountId(), "Ghosts", Set.of()));
      tx.contacts().insert(contact(tx, w.accountId(), "Ghost", "ghost@example.com", null));
      tx.labels().insert(label(tx, w.accountId(), "ghost"));
      tx.attributes().insert(attribute(w.accountId(), "ghost"));
      Conversation c = conversation(tx, w.inbox(), w.contact());
      tx.conversations().insert(c);
      tx.messages().insert(message(tx, w.conversation(), MessageType.INCOMING, Actor.system(), "boo", minutes(2)));
      tx.notifications().insertIfAbsent(notification(tx, w, "ghost"));
      tx.savedFilters().insert(filter(tx, w, "Ghost"));
      tx.dueWork().schedule(due(w, "ghost"));
      tx.outbox().append(List.of(created(w), created(w)));
      tx.inboxes().recordAutoAssignment(w.accountId(), w.inbox().id(), w.agent().id(), 9);
      throw failure;
    })).isSameAs(failure);

    assertThat(snapshot(w)).isEqualTo(before);
    Optional<Conversation> ghostConversation = read(tx -> tx.conversations().findByDisplayId(w.accountId(), 2));
    assertThat(ghostConversation).isEmpty();
  }

  @Test
  void aThrowingWriteUndoesUpdatesDeletesAndDueWorkAndOutboxChanges() {
    Full f = newFull("Acme");
    World w = f.w();
    Snapshot before = snapshot(w);

    assertThatThrownBy(() -> useWrite(tx -> {
      tx.conversations().update(enriched(w.conversation(), w.agent(), w.team()).toBuilder().version(2).build(), 1);
      tx.inboxes().update(w.inbox().withName("Renamed").withSettings(
          new InboxSettings(true, AutoAssignment.balanced())));
      tx.agents().update(w.agent().withRole(AgentRole.ADMINISTRATOR).withAvailability(Availability.OFFLINE));
      tx.teams().update(w.team().withMembers(Set.of()));
      tx.contacts().update(w.contact().withBlocked(true));
      tx.notifications().update(f.notification().markedRead(minutes(3)));
      tx.labels().delete(w.accountId(), f.label().id());
      tx.attributes().delete(w.accountId(), AttributeModel.CONVERSATION, "plan");
      tx.savedFilters().delete(w.accountId(), f.filter().id());
      tx.dueWork().cancel("snooze:" + w.conversation().id());
      tx.dueWork().claim(minutes(5), 10, Duration.ofMinutes(5));
      tx.outbox().markDispatched(List.of(tx.outbox().pending(1).get(0).sequence()));
      tx.inboxes().recordAutoAssignment(w.accountId(), w.inbox().id(), w.agent().id(), 2);
      throw failure();
    })).hasMessage("the unit of work failed");

    assertThat(snapshot(w)).isEqualTo(before);
    List<DueItem> claimable = write(tx -> tx.dueWork().claim(minutes(5), 10, Duration.ofMinutes(5)));
    assertThat(claimable).hasSize(2);
  }

  @Test
  void aStaleUpdateThatEscapesRollsBackTheWholeTransaction() {
    World w = newWorld("Acme");
    useWrite(tx -> tx.conversations().update(w.conversation().toBuilder().version(2).build(), 1));
    Snapshot before = snapshot(w);

    assertThatThrownBy(() -> useWrite(tx -> {
      tx.messages().insert(message(tx, w.conversation(), MessageType.OUTGOING, Actor.agent(w.agent().id()),
          "Antwort", minutes(2)));
      tx.outbox().append(List.of(created(w)));
      tx.conversations().update(w.conversation().toBuilder().status(ConversationStatus.RESOLVED).version(2).build(),
          1);
    })).isInstanceOf(StaleConversationException.class);

    assertThat(snapshot(w)).isEqualTo(before);
  }

  // ---- ids

  @Test
  void nextIdIsPositiveAndIncreasesWithinAndAcrossTransactions() {
    List<Long> conversationIds = new ArrayList<>();
    List<Long> messageIds = new ArrayList<>();
    for (int t = 0; t < 3; t++) {
      useWrite(tx -> {
        for (int i = 0; i < 4; i++) {
          conversationIds.add(tx.nextId("conversation"));
          messageIds.add(tx.nextId("message"));
        }
      });
    }

    assertThat(conversationIds).allMatch(id -> id > 0).isSorted().doesNotHaveDuplicates();
    assertThat(messageIds).allMatch(id -> id > 0).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void nextIdsHandsOutABlockOfIncreasingIdsAboveEarlierOnes() {
    long before = write(tx -> tx.nextId("message"));
    long[] block = write(tx -> tx.nextIds("message", 300));
    long after = write(tx -> tx.nextId("message"));
    long[] none = write(tx -> tx.nextIds("message", 0));
    long[] fresh = write(tx -> tx.nextIds("brand_new_sequence", 3));

    assertThat(block).hasSize(300).isSorted().doesNotHaveDuplicates();
    assertThat(block[0]).isGreaterThan(before);
    assertThat(after).isGreaterThan(block[299]);
    assertThat(none).isEmpty();
    assertThat(fresh).hasSize(3).isSorted().doesNotHaveDuplicates();
    assertThat(fresh[0]).isPositive();
    assertThatThrownBy(() -> write(tx -> tx.nextIds("message", -1))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nextIdAfterARollbackStaysAboveCommittedIds() {
    long committed = write(tx -> tx.nextId("contact"));
    assertThatThrownBy(() -> useWrite(tx -> {
      tx.nextId("contact");
      throw failure();
    })).isInstanceOf(IllegalStateException.class);

    long next = write(tx -> tx.nextId("contact"));

    assertThat(next).isGreaterThan(committed);
  }

  @Test
  void concurrentWritersGetDistinctIdsAndAllCommit() throws Exception {
    Account acme = newAccount("Acme");
    int threads = 4;
    int perThread = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Contact>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        results.add(pool.submit(() -> {
          start.await();
          List<Contact> mine = new ArrayList<>();
          for (int i = 0; i < perThread; i++) {
            mine.add(newContact(acme.id(), "Kunde " + thread + "/" + i, null, null));
          }
          return mine;
        }));
      }
      start.countDown();
      Set<Contact> all = new HashSet<>();
      for (Future<List<Contact>> result : results) {
        all.addAll(result.get(60, TimeUnit.SECONDS));
      }

      Page<Contact> stored = read(tx -> tx.contacts().list(acme.id(), 0, 500));
      assertThat(all).hasSize(threads * perThread);
      assertThat(stored.items()).containsExactlyInAnyOrderElementsOf(all);
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- accounts

  @Test
  void everyFindWithAnotherAccountsIdIsEmpty() {
    Full f = newFull("Acme");
    World w = f.w();
    AccountId globex = newAccount("Globex").id();

    Map<String, Optional<?>> found = read(tx -> Map.ofEntries(
        Map.entry("inboxes.find", tx.inboxes().find(globex, w.inbox().id())),
        Map.entry("agents.find", tx.agents().find(globex, w.agent().id())),
        Map.entry("teams.find", tx.teams().find(globex, w.team().id())),
        Map.entry("contacts.find", tx.contacts().find(globex, w.contact().id())),
        Map.entry("labels.findByTitle", tx.labels().findByTitle(globex, f.label().title())),
        Map.entry("attributes.find", tx.attributes().find(globex, AttributeModel.CONVERSATION, f.attribute().key())),
        Map.entry("conversations.find", tx.conversations().find(globex, w.conversation().id())),
        Map.entry("conversations.findByDisplayId",
            tx.conversations().findByDisplayId(globex, w.conversation().displayId())),
        Map.entry("messages.find", tx.messages().find(globex, f.message().id())),
        Map.entry("notifications.find", tx.notifications().find(globex, f.notification().id())),
        Map.entry("savedFilters.find", tx.savedFilters().find(globex, f.filter().id()))));

    assertThat(found).allSatisfy((method, result) -> assertThat(result).as(method).isEmpty());
  }

  @Test
  void everyListQueryAndCountWithAnotherAccountsIdLeavesTheRecordsOut() {
    Full f = newFull("Acme");
    World w = f.w();
    AccountId globex = newAccount("Globex").id();

    Map<String, Object> seen = read(tx -> Map.ofEntries(
        Map.entry("inboxes.list", tx.inboxes().list(globex)),
        Map.entry("agents.list", tx.agents().list(globex)),
        Map.entry("teams.list", tx.teams().list(globex)),
        Map.entry("contacts.list", tx.contacts().list(globex, 0, 10).items()),
        Map.entry("labels.list", tx.labels().list(globex)),
        Map.entry("attributes.list", tx.attributes().list(globex, AttributeModel.CONVERSATION)),
        Map.entry("conversations.query",
            tx.conversations().query(globex, ConversationQuery.all(), Optional.of(w.agent().id())).items()),
        Map.entry("messages.list", tx.messages().list(globex, w.conversation().id())),
        Map.entry("notifications.list", tx.notifications().list(globex, w.agent().id(), false, 0, 10).items()),
        Map.entry("savedFilters.list", tx.savedFilters().list(globex, w.agent().id())),
        Map.entry("conversations.openCountsByAssignee", tx.conversations().openCountsByAssignee(globex,
            w.inbox().id())),
        Map.entry("inboxes.autoAssignmentTickets", tx.inboxes().autoAssignmentTickets(globex, w.inbox().id()))));
    ConversationCounts counts = read(tx -> tx.conversations().count(globex, ConversationQuery.all(),
        Optional.of(w.agent().id())));
    long unread = read(tx -> tx.notifications().countUnread(globex, w.agent().id()));

    assertThat(seen).allSatisfy((method, result) -> assertThat(
        result instanceof List<?> list ? list.isEmpty() : ((Map<?, ?>) result).isEmpty()).as(method).isTrue());
    assertThat(counts).isEqualTo(new ConversationCounts(0, 0, 0, 0));
    assertThat(unread).isZero();
  }
}
