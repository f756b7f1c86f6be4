package io.konversio.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.Actor;
import io.konversio.core.Desk;
import io.konversio.core.Konversio;
import io.konversio.core.MutableClock;
import io.konversio.core.account.Account;
import io.konversio.core.attribute.AttributeModel;
import io.konversio.core.attribute.AttributeType;
import io.konversio.core.contact.Contact;
import io.konversio.core.contact.NewContact;
import io.konversio.core.conversation.Concurrently;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationId;
import io.konversio.core.conversation.ConversationUpdate;
import io.konversio.core.conversation.NewConversation;
import io.konversio.core.conversation.Retry;
import io.konversio.core.conversation.StaleConversationException;
import io.konversio.core.event.ConversationUpdated;
import io.konversio.core.event.MessageCreated;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.Inbox;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Eight threads, on two Konversio instances over one database, increment counters of the same conversations
 * with optimistic locking: each attempt is applied or rejected as stale and retried, and no increment is lost.
 */
abstract class ConcurrencyContract {
  private static final int THREADS = 8;
  private static final int INCREMENTS_PER_THREAD = 15;
  private static final int CONVERSATIONS = 3;

  private final List<JdbcStore> stores = new CopyOnWriteArrayList<>();

  protected abstract Backend backend();

  @AfterEach
  void closeStores() {
    stores.forEach(JdbcStore::close);
  }

  @Test
  void conflictingUpdatesFromEightThreadsAreEachAppliedExactlyOnce() {
    String database = backend().newDatabase();
    MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
    // both nodes dispatch the shared outbox, so an event may arrive twice: keep one value per event id
    Map<ConversationId, Map<UUID, Object>> appliedValues = new ConcurrentHashMap<>();
    List<Konversio> nodes = new ArrayList<>();
    for (int n = 0; n < 2; n++) {
      JdbcStore store = backend().open(database);
      stores.add(store);
      nodes.add(Konversio.builder().clock(clock).store(store).listener(e -> {
        if (e instanceof ConversationUpdated updated && updated.changes().containsKey("custom_attributes.counter")) {
          appliedValues.computeIfAbsent(e.conversationId(), k -> new ConcurrentHashMap<>())
              .put(e.id(), updated.changes().get("custom_attributes.counter").to().orElseThrow());
        }
      }).build());
    }
    Account acme = nodes.get(0).accounts().create("Acme");
    Desk setup = nodes.get(0).desk(acme.id());
    Inbox inbox = setup.inboxes().create("Support", ChannelType.API);
    Contact ada = setup.contacts().create(NewContact.builder("Ada").build());
    setup.customAttributes().define(AttributeModel.CONVERSATION, "counter", "Counter", AttributeType.NUMBER);
    List<Conversation> conversations = new ArrayList<>();
    for (int i = 0; i < CONVERSATIONS; i++) {
      conversations.add(setup.conversations().create(NewConversation.builder(inbox.id(), ada.id())
          .customAttribute("counter", 0).build(), Actor.system()));
    }
    appliedValues.clear();

    AtomicInteger staleAttempts = new AtomicInteger();
    Concurrently.run(THREADS, INCREMENTS_PER_THREAD, (thread, i) -> {
      Desk desk = nodes.get(thread % 2).desk(acme.id());
      ConversationId id = conversations.get((thread + i) % CONVERSATIONS).id();
      Retry.onStale(10_000, () -> {
        try {
          return increment(desk, id);
        } catch (StaleConversationException e) {
          staleAttempts.incrementAndGet();
          throw e;
        }
      });
    });
    nodes.forEach(Konversio::dispatchPending);

    long total = 0;
    for (Conversation before : conversations) {
      long expected = LongStream.range(0, (long) THREADS * INCREMENTS_PER_THREAD)
          .filter(k -> (k / INCREMENTS_PER_THREAD + k % INCREMENTS_PER_THREAD) % CONVERSATIONS
              == conversations.indexOf(before)).count();
      Conversation after = nodes.get(1).desk(acme.id()).conversations().get(before.id());
      assertThat(after.customAttributes().get("counter")).isEqualTo(BigDecimal.valueOf(expected));
      assertThat(after.version()).isEqualTo(before.version() + expected);
      List<BigDecimal> increments = LongStream.rangeClosed(1, expected).mapToObj(BigDecimal::valueOf).toList();
      assertThat(appliedValues.get(before.id()).values()).as("the new value of every applied update")
          .containsExactlyInAnyOrderElementsOf(increments);
      total += expected;
    }
    assertThat(total).isEqualTo((long) THREADS * INCREMENTS_PER_THREAD);
    System.out.println(getClass().getSimpleName() + ": " + total + " updates applied, " + staleAttempts.get()
        + " rejected as stale and retried");
  }

  /**
   * Two nodes post messages from four threads each: every event is delivered exactly once across the nodes, since
   * only the node whose turn it is dispatches, and the events of each conversation arrive in the order of its
   * versions.
   */
  @Test
  void twoNodesDeliverEachEventOnceAndInOrderPerConversation() {
    String database = backend().newDatabase();
    Map<UUID, Integer> deliveries = new ConcurrentHashMap<>();
    Map<ConversationId, List<Long>> versions = new ConcurrentHashMap<>();
    List<Konversio> nodes = new ArrayList<>();
    for (int n = 0; n < 2; n++) {
      JdbcStore store = backend().open(database);
      stores.add(store);
      nodes.add(Konversio.builder().store(store).listener(e -> {
        deliveries.merge(e.id(), 1, Integer::sum);
        if (e instanceof MessageCreated) {
          versions.computeIfAbsent(e.conversationId(), k -> new CopyOnWriteArrayList<>())
              .add(e.conversation().version());
        }
      }).build());
    }
    Account acme = nodes.get(0).accounts().create("Acme");
    Desk setup = nodes.get(0).desk(acme.id());
    Inbox inbox = setup.inboxes().create("Support", ChannelType.API);
    Contact ada = setup.contacts().create(NewContact.builder("Ada").build());
    List<ConversationId> ids = new ArrayList<>();
    for (int i = 0; i < CONVERSATIONS; i++) {
      ids.add(setup.conversations().create(NewConversation.builder(inbox.id(), ada.id()).build(), Actor.system())
          .id());
    }
    deliveries.clear();
    int perThread = 12;
    Concurrently.run(THREADS, perThread, (thread, i) -> nodes.get(thread % 2).desk(acme.id()).conversations()
        .receive(ids.get((thread + i) % CONVERSATIONS), "t" + thread + " m" + i));
    nodes.forEach(Konversio::dispatchPending);

    assertThat(deliveries.values()).as("deliveries per event").containsOnly(1);
    assertThat(versions.values().stream().mapToInt(List::size).sum()).isEqualTo(THREADS * perThread);
    versions.values().forEach(v -> assertThat(v).isSorted());
  }

  private static Conversation increment(Desk desk, ConversationId id) {
    Conversation c = desk.conversations().get(id);
    BigDecimal next = ((BigDecimal) c.customAttributes().get("counter")).add(BigDecimal.ONE);
    return desk.conversations().update(id, c.version(),
        ConversationUpdate.builder().setCustomAttribute("counter", next).build(), Actor.system());
  }
}
