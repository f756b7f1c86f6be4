package io.konversio.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.account.Account;
import io.konversio.core.agent.Agent;
import io.konversio.core.agent.AgentRole;
import io.konversio.core.agent.Availability;
import io.konversio.core.contact.Contact;
import io.konversio.core.contact.NewContact;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.conversation.IllegalTransitionException;
import io.konversio.core.conversation.NewConversation;
import io.konversio.core.event.DomainEvent;
import io.konversio.core.inbox.AutoAssignment;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.Inbox;
import io.konversio.core.inbox.InboxSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void aConversationGoesThroughItsLife() {
    MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
    List<DomainEvent> events = new CopyOnWriteArrayList<>();
    Konversio k = Konversio.builder().clock(clock).listener(events::add).build();
    Account acme = k.accounts().create("Acme");
    Desk desk = k.desk(acme.id());
    Inbox inbox = desk.inboxes().create("Support", ChannelType.EMAIL,
        InboxSettings.defaults().withAutoAssignment(AutoAssignment.roundRobin()));
    Agent alice = desk.agents().create("Alice", "alice@acme.test", AgentRole.AGENT);
    desk.agents().addToInbox(alice.id(), inbox.id());
    desk.agents().setAvailability(alice.id(), Availability.ONLINE);
    Contact ada = desk.contacts().create(NewContact.builder("Ada").email("ada@example.com").build());
    Conversation c = desk.conversations().create(
        NewConversation.builder(inbox.id(), ada.id()).message("Hello, my invoice is wrong").build(),
        Actor.contact(ada.id()));
    assertThat(c.assigneeId()).contains(alice.id());
    assertThat(c.displayId()).isEqualTo(1);
    desk.conversations().reply(c.id(), "Looking into it", Actor.agent(alice.id()));
    Conversation snoozed = desk.conversations().snoozeUntil(c.id(), clock.instant().plus(Duration.ofHours(1)),
        Actor.agent(alice.id()));
    assertThat(snoozed.status()).isEqualTo(ConversationStatus.SNOOZED);
    clock.advance(Duration.ofHours(2));
    assertThat(k.runDueWork()).isEqualTo(1);
    assertThat(desk.conversations().get(c.id()).status()).isEqualTo(ConversationStatus.OPEN);
    Conversation resolved = desk.conversations().resolve(c.id(), Actor.agent(alice.id()));
    assertThatThrownBy(() -> desk.conversations().snoozeUntilNextReply(c.id(), Actor.system()))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(desk.conversations().get(c.id()).version()).isEqualTo(resolved.version());
    assertThat(events).extracting(DomainEvent::name).contains("conversation_created", "message_created",
        "conversation_status_changed", "assignee_changed");
    assertThat(desk.notifications().list(alice.id()).items()).isNotEmpty();
  }
}
