package io.konversio.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.Actor;
import io.konversio.core.Desk;
import io.konversio.core.Konversio;
import io.konversio.core.MutableClock;
import io.konversio.core.account.Account;
import io.konversio.core.agent.Agent;
import io.konversio.core.agent.AgentRole;
import io.konversio.core.agent.Availability;
import io.konversio.core.contact.Contact;
import io.konversio.core.contact.NewContact;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.NewConversation;
import io.konversio.core.event.DomainEvent;
import io.konversio.core.event.EventListener;
import io.konversio.core.event.MessageCreated;
import io.konversio.core.inbox.AutoAssignment;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.Inbox;
import io.konversio.core.inbox.InboxSettings;
import io.konversio.core.notification.Notification;
import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.OutboxStore;
import io.konversio.core.store.memory.InMemoryStore;
import java.time.Instant;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The process "dies" after a change is committed and before its events are dispatched (a listener throws an
 * {@link Error} at the first event); a new instance on the same database delivers the pending events, exactly the
 * ones the first instance stored and in its order, on build.
 */
abstract class CrashRecoveryContract {
  private final List<JdbcStore> stores = new CopyOnWriteArrayList<>();

  protected abstract Backend backend();

  @AfterEach
  void closeStores() {
    stores.forEach(JdbcStore::close);
  }

  /** Stands for the process dying: nothing catches it. */
  static final class Crash extends Error {
    private static final long serialVersionUID = 1L;

    Crash() {
      super("the process died");
    }
  }

  private void expireTurnToDispatch(String database) {
    withStatement(database, s -> s.executeUpdate(
        "update outbox_dispatcher set lease_until = current_timestamp - interval '1' second"));
  }

  private interface StatementWork<T> {
    T apply(Statement statement) throws SQLException;
  }

  private <T> T withStatement(String database, StatementWork<T> work) {
    try (Connection c = backend().dataSource(database).getConnection(); Statement s = c.createStatement()) {
      return work.apply(s);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aMessageWhoseTimeTheColumnCannotHoldIsCopiedIntoTheOutboxAndRecoveredExactly() {
    String database = backend().newDatabase();
    JdbcStore first = backend().open(database);
    stores.add(first);
    // nanoseconds; the column keeps microseconds
    crashAfterCommit(first, Instant.parse("2026-01-05T09:00:00.123456789Z"));

    List<DomainEvent> pending = first.read(tx -> tx.outbox().pending(100)).stream()
        .map(OutboxStore.Entry::event).toList();
    assertThat(payloads(database)).contains("Help!").doesNotContain("\"$row\"");
    assertThat(pending).filteredOn(e -> e instanceof MessageCreated).singleElement()
        .extracting(e -> ((MessageCreated) e).message().createdAt())
        .isEqualTo(Instant.parse("2026-01-05T09:00:00.123456789Z"));
  }

  /**
   * Sets up the scenario on {@code store} (its clock at {@code at} unless null), then creates a conversation whose
   * first event's delivery kills the process: the change is committed, its events are not delivered.
   */
  private static Scenario crashAfterCommit(JdbcStore store, @Nullable Instant at) {
    AtomicBoolean armed = new AtomicBoolean();
    Scenario crashed = new Scenario(store, e -> {
      if (armed.get()) {
        throw new Crash();
      }
    }, new CopyOnWriteArrayList<>());
    if (at != null) {
      crashed.clock.set(at);
    }
    armed.set(true);
    assertThatThrownBy(crashed::createConversation).isInstanceOf(Crash.class);
    return crashed;
  }

  private String payloads(String database) {
    return withStatement(database, s -> {
      try (var rows = s.executeQuery("select payload from outbox order by seq")) {
        StringBuilder all = new StringBuilder();
        while (rows.next()) {
          all.append(rows.getString(1));
        }
        return all.toString();
      }
    });
  }

  @Test
  void aNewInstanceWaitsWhileTheDeadOnesTurnToDispatchLasts() {
    String database = backend().newDatabase();
    JdbcStore first = backend().open(database);
    stores.add(first);
    Scenario crashed = crashAfterCommit(first, null);
    first.close();

    List<DomainEvent> recovered = new CopyOnWriteArrayList<>();
    JdbcStore second = backend().open(database);
    stores.add(second);
    Konversio next = Konversio.builder().clock(crashed.clock).store(second).listener(recovered::add).build();
    assertThat(recovered).as("the turn is still the dead instance's").isEmpty();

    expireTurnToDispatch(database);
    next.dispatchPending();
    assertThat(recovered).isNotEmpty();
    List<OutboxStore.Entry> left = second.read(tx -> tx.outbox().pending(100));
    assertThat(left).isEmpty();
  }

  @Test
  void pendingEventsAreDispatchedByTheNextInstance() {
    String database = backend().newDatabase();
    JdbcStore first = backend().open(database);
    stores.add(first);
    AtomicBoolean armed = new AtomicBoolean();
    List<Notification> delivered = new CopyOnWriteArrayList<>();
    Scenario crashed = new Scenario(first, e -> {
      if (armed.get()) {
        throw new Crash();
      }
    }, delivered);
    armed.set(true);
    assertThatThrownBy(crashed::createConversation).isInstanceOf(Crash.class);
    List<DomainEvent> pending = first.read(tx -> tx.outbox().pending(100)).stream()
        .map(OutboxStore.Entry::event).toList();
    assertThat(pending).isNotEmpty();
    assertThat(delivered).isEmpty();
    // the message is stored once: the outbox refers to its row, which the next instance reads back
    assertThat(payloads(database)).contains("\"message\":{\"$row\":").doesNotContain("Help!");
    first.close();
    // The dead process held the turn to dispatch; it runs out after 30 s. Let that time pass.
    expireTurnToDispatch(database);

    List<DomainEvent> recovered = new CopyOnWriteArrayList<>();
    List<Notification> sentAfterRestart = new CopyOnWriteArrayList<>();
    JdbcStore second = backend().open(database);
    stores.add(second);
    Konversio.builder().clock(crashed.clock).store(second).listener(recovered::add)
        .notificationSink(sentAfterRestart::add).build();
    assertThat(recovered).containsExactlyElementsOf(pending);
    List<OutboxStore.Entry> left = second.read(tx -> tx.outbox().pending(100));
    assertThat(left).isEmpty();
    assertThat(sentAfterRestart).isNotEmpty();

    List<DomainEvent> reference = new CopyOnWriteArrayList<>();
    new Scenario(InMemoryStore.create(), reference::add, new CopyOnWriteArrayList<>()).createConversation();
    assertThat(recovered).extracting(DomainEvent::name)
        .containsExactlyElementsOf(reference.stream().map(DomainEvent::name).toList());
    assertThat(recovered).extracting(DomainEvent::conversation)
        .containsExactlyElementsOf(reference.stream().map(DomainEvent::conversation).toList());
  }

  /** An account with an auto-assigning inbox; creating a conversation causes several events. */
  private static final class Scenario {
    final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
    final Desk desk;
    final Inbox inbox;
    final Contact ada;

    Scenario(DataStore store, EventListener listener, List<Notification> notifications) {
      Konversio k = Konversio.builder().clock(clock).store(store).listener(listener)
          .notificationSink(notifications::add).build();
      Account acme = k.accounts().create("Acme");
      desk = k.desk(acme.id());
      inbox = desk.inboxes().create("Support", ChannelType.EMAIL,
          InboxSettings.defaults().withAutoAssignment(AutoAssignment.roundRobin()));
      Agent alice = desk.agents().create("Alice", "alice@acme.test", AgentRole.AGENT);
      desk.agents().addToInbox(alice.id(), inbox.id());
      desk.agents().setAvailability(alice.id(), Availability.ONLINE);
      ada = desk.contacts().create(NewContact.builder("Ada").build());
    }

    Conversation createConversation() {
      return desk.conversations().create(NewConversation.builder(inbox.id(), ada.id()).message("Help!").build(),
          Actor.contact(ada.id()));
    }
  }
}
