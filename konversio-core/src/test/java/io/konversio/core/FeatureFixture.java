package io.konversio.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.agent.Agent;
import io.konversio.core.agent.AgentRole;
import io.konversio.core.agent.Availability;
import io.konversio.core.contact.Contact;
import io.konversio.core.contact.NewContact;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.NewConversation;
import io.konversio.core.event.DomainEvent;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.Inbox;
import io.konversio.core.notification.Notification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * A Konversio on a {@link MutableClock} and the default in-memory store, for the feature tests: every event a host
 * listener sees is kept in {@link #events()}, every notification the sink receives in {@link #delivered()}. Start
 * an account with {@link #newAccount(String)} and build its world with the small helpers below, each of which
 * goes through the public API only. Not thread-safe to set up; the Konversio it holds is.
 */
public final class FeatureFixture {
  public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  private final MutableClock clock = new MutableClock(START);
  private final List<DomainEvent> events = new CopyOnWriteArrayList<>();
  private final List<Notification> delivered = new CopyOnWriteArrayList<>();
  private final AtomicInteger counter = new AtomicInteger();
  private final Konversio konversio;

  public FeatureFixture() {
    konversio = Konversio.builder().clock(clock).listener(events::add).notificationSink(delivered::add).build();
  }

  public Konversio konversio() {
    return konversio;
  }

  public MutableClock clock() {
    return clock;
  }

  /** Moves the clock on. */
  public Instant advance(Duration duration) {
    clock.advance(duration);
    return clock.instant();
  }

  /** The desk of a new account. */
  public Desk newAccount(String name) {
    return konversio.desk(konversio.accounts().create(name).id());
  }

  /** A new e-mail inbox. */
  public Inbox inbox(Desk desk, String name) {
    return desk.inboxes().create(name, ChannelType.EMAIL);
  }

  /** A new agent (role agent, offline) who is a member of the given inboxes. */
  public Agent agent(Desk desk, String name, Inbox... inboxes) {
    return agent(desk, name, AgentRole.AGENT, inboxes);
  }

  /** A new agent with the role, offline, a member of the given inboxes; the email is made unique. */
  public Agent agent(Desk desk, String name, AgentRole role, Inbox... inboxes) {
    String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + counter.incrementAndGet() + "@desk.test";
    Agent agent = desk.agents().create(name, email, role);
    for (Inbox inbox : inboxes) {
      agent = desk.agents().addToInbox(agent.id(), inbox.id());
    }
    return agent;
  }

  /** A new online agent who is a member of the given inboxes. */
  public Agent onlineAgent(Desk desk, String name, Inbox... inboxes) {
    Agent agent = agent(desk, name, inboxes);
    return desk.agents().setAvailability(agent.id(), Availability.ONLINE);
  }

  public Contact contact(Desk desk, String name) {
    return desk.contacts().create(NewContact.builder(name).build());
  }

  /** A new open conversation of the contact, started by their message. */
  public Conversation conversation(Desk desk, Inbox inbox, Contact contact, String firstMessage) {
    return desk.conversations().create(NewConversation.builder(inbox.id(), contact.id()).message(firstMessage)
        .build(), Actor.contact(contact.id()));
  }

  /** A new open conversation of a new contact, without a message. */
  public Conversation conversation(Desk desk, Inbox inbox) {
    Contact contact = contact(desk, "Contact " + counter.incrementAndGet());
    return desk.conversations().create(NewConversation.builder(inbox.id(), contact.id()).build(),
        Actor.contact(contact.id()));
  }

  /** Every event host listeners received so far, in order. */
  public List<DomainEvent> events() {
    return events;
  }

  /** The events of one type received so far, in order. */
  public <T extends DomainEvent> List<T> events(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** Every notification the sink received so far, in order. */
  public List<Notification> delivered() {
    return delivered;
  }

  /** Forgets the events and delivered notifications recorded so far. */
  public void forget() {
    events.clear();
    delivered.clear();
  }

  /** Asserts that the call throws {@link NotFoundException}. */
  public static void assertNotFound(ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOf(NotFoundException.class);
  }

  /** Asserts that the call throws {@link InvalidInputException} naming the field and the value (as text). */
  public static void assertInvalidInput(ThrowingCallable call, String field, Object value) {
    assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
      assertThat(e.field()).as("field").isEqualTo(field);
      assertThat(e.value()).as("value").contains(String.valueOf(value));
    });
  }
}
