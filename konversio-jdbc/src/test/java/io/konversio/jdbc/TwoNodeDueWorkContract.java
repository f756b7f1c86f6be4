package io.konversio.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.Actor;
import io.konversio.core.Desk;
import io.konversio.core.Konversio;
import io.konversio.core.MutableClock;
import io.konversio.core.account.Account;
import io.konversio.core.account.AccountId;
import io.konversio.core.contact.Contact;
import io.konversio.core.contact.NewContact;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.conversation.NewConversation;
import io.konversio.core.duework.DueItem;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.Inbox;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two Konversio instances (two "nodes", each with its own store) claim the same due work: each item runs once. */
abstract class TwoNodeDueWorkContract {
  private static final int ITEMS = 150;
  private static final int THREADS_PER_NODE = 3;
  private static final String KIND = "test.count";

  private final List<JdbcStore> stores = new CopyOnWriteArrayList<>();

  protected abstract Backend backend();

  @AfterEach
  void closeStores() {
    stores.forEach(JdbcStore::close);
  }

  @Test
  void eachDueItemRunsOnceAcrossTwoNodes() throws Exception {
    String database = backend().newDatabase();
    MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
    Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
    List<Konversio> nodes = new ArrayList<>();
    for (int n = 0; n < 2; n++) {
      JdbcStore store = backend().open(database);
      stores.add(store);
      nodes.add(Konversio.builder().clock(clock).store(store).dueWorkHandler(KIND,
          (k, item) -> runs.computeIfAbsent(item.key(), key -> new AtomicInteger()).incrementAndGet()).build());
    }
    Account acme = nodes.get(0).accounts().create("Acme");
    Desk desk = nodes.get(0).desk(acme.id());
    Inbox inbox = desk.inboxes().create("Support", ChannelType.API);
    Contact ada = desk.contacts().create(NewContact.builder("Ada").build());
    List<Conversation> snoozed = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      Conversation c = desk.conversations().create(NewConversation.builder(inbox.id(), ada.id()).build(),
          Actor.system());
      snoozed.add(desk.conversations().snoozeUntil(c.id(), clock.instant().plusSeconds(60 + i), Actor.system()));
    }
    schedule(stores.get(0), acme.id(), clock.instant());
    clock.advance(Duration.ofHours(1));

    AtomicInteger succeeded = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS_PER_NODE);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 2 * THREADS_PER_NODE; t++) {
        Konversio node = nodes.get(t % 2);
        done.add(pool.submit(() -> {
          start.await();
          int ran;
          do {
            ran = node.runDueWork();
            succeeded.addAndGet(ran);
          } while (ran > 0);
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(runs).hasSize(ITEMS);
    assertThat(runs.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
    assertThat(succeeded.get()).isEqualTo(ITEMS + snoozed.size());
    List<DueItem> left = stores.get(1).read(tx -> tx.dueWork().list());
    assertThat(left).isEmpty();
    for (Conversation c : snoozed) {
      assertThat(nodes.get(1).desk(acme.id()).conversations().get(c.id()).status())
          .isEqualTo(ConversationStatus.OPEN);
    }
  }

  private static void schedule(JdbcStore store, AccountId account, Instant now) {
    store.write(tx -> {
      for (int i = 0; i < ITEMS; i++) {
        tx.dueWork().schedule(new DueItem(0, account, KIND, "count:" + i, Integer.toString(i),
            now.plusSeconds(i % 7), 0));
      }
      return null;
    });
  }
}
