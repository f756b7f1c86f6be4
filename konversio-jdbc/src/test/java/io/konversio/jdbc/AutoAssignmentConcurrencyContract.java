package io.konversio.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.Actor;
import io.konversio.core.Desk;
import io.konversio.core.Konversio;
import io.konversio.core.MutableClock;
import io.konversio.core.account.Account;
import io.konversio.core.agent.Agent;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.AgentRole;
import io.konversio.core.agent.Availability;
import io.konversio.core.contact.Contact;
import io.konversio.core.contact.NewContact;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.NewConversation;
import io.konversio.core.inbox.AutoAssignment;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.Inbox;
import io.konversio.core.inbox.InboxSettings;
import io.konversio.core.search.ConversationQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Conversations created at once on two nodes in one auto-assigning inbox are spread evenly: the store serializes
 * auto-assignments per inbox.
 */
abstract class AutoAssignmentConcurrencyContract {
  private static final int THREADS = 6;
  private static final int PER_THREAD = 4;
  private static final int AGENTS = 3;

  private final List<JdbcStore> stores = new CopyOnWriteArrayList<>();

  protected abstract Backend backend();

  @AfterEach
  void closeStores() {
    stores.forEach(JdbcStore::close);
  }

  @Test
  void roundRobinStaysFairUnderConcurrentCreates() throws Exception {
    assertEvenSpread(AutoAssignment.roundRobin());
  }

  @Test
  void balancedAssignmentStaysBalancedUnderConcurrentCreates() throws Exception {
    assertEvenSpread(AutoAssignment.balanced());
  }

  private void assertEvenSpread(AutoAssignment assignment) throws Exception {
    String database = backend().newDatabase();
    MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
    List<Konversio> nodes = new ArrayList<>();
    for (int n = 0; n < 2; n++) {
      JdbcStore store = backend().open(database);
      stores.add(store);
      nodes.add(Konversio.builder().clock(clock).store(store).build());
    }
    Account acme = nodes.get(0).accounts().create("Acme");
    Desk desk = nodes.get(0).desk(acme.id());
    Inbox inbox = desk.inboxes().create("Support", ChannelType.WEBSITE,
        InboxSettings.defaults().withAutoAssignment(assignment));
    for (int i = 0; i < AGENTS; i++) {
      Agent agent = desk.agents().create("Agent " + i, "agent" + i + "@acme.test", AgentRole.AGENT);
      desk.agents().addToInbox(agent.id(), inbox.id());
      desk.agents().setAvailability(agent.id(), Availability.ONLINE);
    }
    Contact ada = desk.contacts().create(NewContact.builder("Ada").build());

    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Desk node = nodes.get(t % 2).desk(acme.id());
        done.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < PER_THREAD; i++) {
            node.conversations().create(NewConversation.builder(inbox.id(), ada.id()).message("Hi").build(),
                Actor.contact(ada.id()));
          }
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
    List<Conversation> all = desk.conversations().list(ConversationQuery.builder().page(0, 100).build()).items();
    assertThat(all).hasSize(THREADS * PER_THREAD);
    Map<AgentId, Long> perAgent = all.stream().collect(Collectors.groupingBy(c -> c.assigneeId().orElseThrow(),
        Collectors.counting()));
    assertThat(perAgent).hasSize(AGENTS);
    assertThat(perAgent.values()).as("conversations per agent %s", perAgent)
        .allMatch(n -> n == (long) THREADS * PER_THREAD / AGENTS);
    assertThat(all.stream().map(Conversation::displayId).collect(Collectors.toSet())).hasSize(all.size());
  }
}
