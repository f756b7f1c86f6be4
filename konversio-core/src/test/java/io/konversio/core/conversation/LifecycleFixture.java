package io.konversio.core.conversation;

import io.konversio.core.Actor;
import io.konversio.core.Desk;
import io.konversio.core.Konversio;
import io.konversio.core.MutableClock;
import io.konversio.core.agent.Agent;
import io.konversio.core.agent.AgentRole;
import io.konversio.core.agent.Availability;
import io.konversio.core.contact.Contact;
import io.konversio.core.contact.NewContact;
import io.konversio.core.duework.DueItem;
import io.konversio.core.event.DomainEvent;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.Inbox;
import io.konversio.core.inbox.InboxSettings;
import io.konversio.core.store.memory.InMemoryStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * A Konversio on a {@link MutableClock} and an in-memory store, with one account, one e-mail inbox, one contact
 * and an agent who is a member of the inbox; every event a host listener sees is recorded in {@link #events}.
 * Not thread-safe to set up; the Konversio it holds is.
 */
final class LifecycleFixture {
  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  final MutableClock clock = new MutableClock(START);
  final InMemoryStore store = InMemoryStore.create();
  final List<DomainEvent> events = new CopyOnWriteArrayList<>();
  final Konversio konversio;
  final Desk desk;
  final Inbox inbox;
  final Contact contact;
  final Agent agent;
  private int agentCount;

  LifecycleFixture() {
    this(InboxSettings.defaults(), b -> b);
  }

  LifecycleFixture(InboxSettings settings) {
    this(settings, b -> b);
  }

  /** A fixture whose Konversio builder is first given the clock, store and recording listener, then {@code more}. */
  LifecycleFixture(InboxSettings settings, UnaryOperator<Konversio.Builder> more) {
    konversio = more.apply(Konversio.builder().clock(clock).store(store).listener(events::add)).build();
    desk = konversio.desk(konversio.accounts().create("Acme").id());
    inbox = desk.inboxes().create("Support", ChannelType.EMAIL, settings);
    contact = newContact("Ada");
    agent = newAgent("Alice", Availability.OFFLINE);
    events.clear();
  }

  Conversations conversations() {
    return desk.conversations();
  }

  /** An agent of the account who is a member of the fixture's inbox. */
  Agent newAgent(String name, Availability availability) {
    Agent created = newAgentOutsideInbox(name, AgentRole.AGENT);
    desk.agents().addToInbox(created.id(), inbox.id());
    return desk.agents().setAvailability(created.id(), availability);
  }

  /** An agent of the account who is in no inbox. */
  Agent newAgentOutsideInbox(String name, AgentRole role) {
    agentCount++;
    String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + agentCount + "@acme.test";
    return desk.agents().create(name, email, role);
  }

  Contact newContact(String name) {
    return desk.contacts().create(NewContact.builder(name).build());
  }

  /** A new conversation of the fixture's contact, started by the contact's message. */
  Conversation newConversation() {
    return newConversation(contact);
  }

  Conversation newConversation(Contact of) {
    return conversations().create(NewConversation.builder(inbox.id(), of.id()).message("Hello, I need help").build(),
        Actor.contact(of.id()));
  }

  static Actor actor(Agent agent) {
    return Actor.agent(agent.id());
  }

  /** An instant {@code minutes} from the clock's current time. */
  Instant inMinutes(long minutes) {
    return clock.instant().plus(Duration.ofMinutes(minutes));
  }

  /** The due items of the store, in due order. */
  List<DueItem> dueItems() {
    return store.read(tx -> tx.dueWork().list());
  }

  /** The recorded events of one type, in delivery order. */
  <T extends DomainEvent> List<T> events(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
