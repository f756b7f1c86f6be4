package io.konversio.core.notification;

import static io.konversio.core.FeatureFixture.assertInvalidInput;
import static io.konversio.core.FeatureFixture.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.Actor;
import io.konversio.core.Desk;
import io.konversio.core.FeatureFixture;
import io.konversio.core.Page;
import io.konversio.core.agent.Agent;
import io.konversio.core.agent.AgentRole;
import io.konversio.core.contact.Contact;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.conversation.Message;
import io.konversio.core.conversation.NewConversation;
import io.konversio.core.conversation.NewMessage;
import io.konversio.core.event.NotificationCreated;
import io.konversio.core.inbox.Inbox;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Who is notified of what, the read state of notifications, and their delivery to the host's sink. */
class NotificationsTest {
  private final FeatureFixture fx = new FeatureFixture();
  private final Desk desk = fx.newAccount("Acme");
  private final Inbox support = fx.inbox(desk, "Support");
  private final Inbox sales = fx.inbox(desk, "Sales");
  private final Agent alice = fx.agent(desk, "Alice", support);
  private final Agent bob = fx.agent(desk, "Bob", support);
  private final Agent dave = fx.agent(desk, "Dave", sales);
  private final Agent admin = fx.agent(desk, "Admin", AgentRole.ADMINISTRATOR);
  private final Contact ada = fx.contact(desk, "Ada");

  @Nested
  class WhenAConversationIsCreated {
    @Test
    void everyMemberOfItsInboxIsNotified() {
      Conversation c = fx.conversation(desk, support, ada, "Hello");

      assertThat(types(alice)).containsExactly(NotificationType.CONVERSATION_CREATED);
      assertThat(types(bob)).containsExactly(NotificationType.CONVERSATION_CREATED);
      assertThat(notifications(alice)).singleElement().satisfies(n -> {
        assertThat(n.conversationId()).isEqualTo(c.id());
        assertThat(n.messageId()).isEmpty();
        assertThat(n.causedBy()).isEqualTo(Actor.contact(ada.id()));
        assertThat(n.isRead()).isFalse();
        assertThat(n.createdAt()).isEqualTo(FeatureFixture.START);
      });
    }

    @Test
    void agentsOutsideTheInboxAreNotNotifiedAdministratorsIncluded() {
      fx.conversation(desk, support, ada, "Hello");

      assertThat(notifications(dave)).isEmpty();
      assertThat(notifications(admin)).isEmpty();
    }

    @Test
    void membershipCountsAtTheTimeOfCreation() {
      desk.agents().removeFromInbox(bob.id(), support.id());
      desk.agents().addToInbox(dave.id(), support.id());

      fx.conversation(desk, support, ada, "Hello");

      assertThat(notifications(bob)).isEmpty();
      assertThat(types(dave)).containsExactly(NotificationType.CONVERSATION_CREATED);
    }

    @Test
    void aPendingConversationNotifiesNoOne() {
      desk.conversations().create(NewConversation.builder(support.id(), ada.id()).status(ConversationStatus.PENDING)
          .message("bot first").build(), Actor.contact(ada.id()));

      assertThat(notifications(alice)).isEmpty();
      assertThat(notifications(bob)).isEmpty();
    }

    @Test
    void theAgentWhoStartsItIsNotNotified() {
      desk.conversations().create(NewConversation.builder(support.id(), ada.id()).build(), Actor.agent(alice.id()));

      assertThat(notifications(alice)).isEmpty();
      assertThat(types(bob)).containsExactly(NotificationType.CONVERSATION_CREATED);
    }

    @Test
    void aConversationOfABlockedContactNotifiesNoOne() {
      desk.contacts().block(ada.id());

      fx.conversation(desk, support, ada, "spam");

      assertThat(notifications(alice)).isEmpty();
      assertThat(notifications(bob)).isEmpty();
    }
  }

  @Nested
  class WhenAConversationIsAssigned {
    @Test
    void theAssigneeIsNotified() {
      Conversation c = conversation();

      desk.conversations().assign(c.id(), bob.id(), Actor.agent(alice.id()));

      assertThat(unread(bob)).singleElement().satisfies(n -> {
        assertThat(n.type()).isEqualTo(NotificationType.CONVERSATION_ASSIGNED);
        assertThat(n.causedBy()).isEqualTo(Actor.agent(alice.id()));
        assertThat(n.conversationId()).isEqualTo(c.id());
      });
      assertThat(unread(alice)).isEmpty();
    }

    @Test
    void selfAssignmentNotifiesNoOne() {
      Conversation c = conversation();

      desk.conversations().assign(c.id(), bob.id(), Actor.agent(bob.id()));

      assertThat(unread(bob)).isEmpty();
    }

    @Test
    void eachNewAssignmentNotifiesAgain() {
      Conversation c = conversation();

      desk.conversations().assign(c.id(), bob.id(), Actor.system());
      desk.conversations().assign(c.id(), alice.id(), Actor.system());
      desk.conversations().assign(c.id(), bob.id(), Actor.system());

      assertThat(unread(bob)).extracting(Notification::type).containsExactly(
          NotificationType.CONVERSATION_ASSIGNED, NotificationType.CONVERSATION_ASSIGNED);
      assertThat(unread(alice)).extracting(Notification::type).containsExactly(
          NotificationType.CONVERSATION_ASSIGNED);
    }

    @Test
    void assigningAPendingConversationNotifiesNoOne() {
      Conversation c = conversation();
      desk.conversations().markPending(c.id(), Actor.system());

      desk.conversations().assign(c.id(), bob.id(), Actor.system());

      assertThat(unread(bob)).isEmpty();
    }
  }

  @Nested
  class WhenAMessageArrives {
    @Test
    void theAssigneeIsNotifiedOfMessagesOfOthers() {
      Conversation c = assignedTo(bob);

      Message incoming = desk.conversations().receive(c.id(), "Any news?");
      Message reply = desk.conversations().reply(c.id(), "Bob will answer", Actor.agent(alice.id()));
      desk.conversations().reply(c.id(), "Here I am", Actor.agent(bob.id()));

      assertThat(unread(bob)).extracting(Notification::type, n -> n.messageId().orElseThrow()).containsExactly(
          org.assertj.core.groups.Tuple.tuple(NotificationType.ASSIGNED_CONVERSATION_NEW_MESSAGE, reply.id()),
          org.assertj.core.groups.Tuple.tuple(NotificationType.ASSIGNED_CONVERSATION_NEW_MESSAGE, incoming.id()));
    }

    @Test
    void participantsAreNotifiedOfMessagesOfOthers() {
      Conversation c = conversation();
      desk.conversations().addParticipant(c.id(), alice.id(), Actor.system());
      desk.conversations().addParticipant(c.id(), bob.id(), Actor.system());

      Message note = desk.conversations().note(c.id(), "I had a look", Actor.agent(alice.id()));

      assertThat(unread(bob)).singleElement().satisfies(n -> {
        assertThat(n.type()).isEqualTo(NotificationType.PARTICIPATING_CONVERSATION_NEW_MESSAGE);
        assertThat(n.messageId()).contains(note.id());
        assertThat(n.causedBy()).isEqualTo(Actor.agent(alice.id()));
      });
      assertThat(unread(alice)).isEmpty();
    }

    @Test
    void anAssigneeWhoIsAlsoAParticipantIsNotifiedOncePerMessage() {
      Conversation c = assignedTo(bob);
      assertThat(desk.conversations().get(c.id()).participants()).contains(bob.id());

      Message incoming = desk.conversations().receive(c.id(), "Hello again");

      assertThat(unread(bob)).singleElement().satisfies(n -> {
        assertThat(n.type()).isEqualTo(NotificationType.ASSIGNED_CONVERSATION_NEW_MESSAGE);
        assertThat(n.messageId()).contains(incoming.id());
      });
    }

    @Test
    void agentsNeitherAssignedNorParticipatingAreNotNotified() {
      Conversation c = assignedTo(bob);

      desk.conversations().receive(c.id(), "Hello again");

      assertThat(unread(alice)).isEmpty();
    }

    @Test
    void messagesOfABlockedContactNotifyNoOne() {
      Conversation c = assignedTo(bob);
      desk.conversations().addParticipant(c.id(), alice.id(), Actor.system());
      desk.contacts().block(ada.id());

      desk.conversations().receive(c.id(), "spam spam");
      desk.conversations().note(c.id(), "blocked them", Actor.agent(alice.id()));

      assertThat(unread(bob)).isEmpty();
      assertThat(unread(alice)).isEmpty();
    }

    @Test
    void activityLinesNotifyNoOne() {
      Conversation c = assignedTo(bob);

      desk.conversations().post(c.id(), NewMessage.activity("Conversation was labelled"), Actor.system());

      assertThat(unread(bob)).isEmpty();
    }

    private Conversation assignedTo(Agent agent) {
      Conversation c = conversation();
      desk.conversations().assign(c.id(), agent.id(), Actor.agent(agent.id()));
      markAllRead();
      return c;
    }
  }

  @Nested
  class ReadState {
    @Test
    void notificationsAreListedNewestFirst() {
      Conversation first = fx.conversation(desk, support, ada, "first");
      fx.advance(Duration.ofMinutes(1));
      Conversation second = fx.conversation(desk, support, ada, "second");

      assertThat(notifications(alice)).extracting(Notification::conversationId)
          .containsExactly(second.id(), first.id());
    }

    @Test
    void markingReadStampsTheTimeOnceAndCountsDown() {
      fx.conversation(desk, support, ada, "first");
      fx.conversation(desk, support, ada, "second");
      Notification older = notifications(alice).get(1);
      assertThat(desk.notifications().unreadCount(alice.id())).isEqualTo(2);
      Instant readAt = fx.advance(Duration.ofMinutes(5));

      Notification read = desk.notifications().markRead(older.id());
      fx.advance(Duration.ofMinutes(5));
      Notification again = desk.notifications().markRead(older.id());

      assertThat(read.readAt()).contains(readAt);
      assertThat(again).isEqualTo(read);
      assertThat(desk.notifications().unreadCount(alice.id())).isEqualTo(1);
      assertThat(desk.notifications().list(alice.id(), true, 0, 10).items()).extracting(Notification::id)
          .doesNotContain(older.id()).hasSize(1);
      assertThat(desk.notifications().list(alice.id(), false, 0, 10).items()).hasSize(2);
      assertThat(unread(bob)).hasSize(2);
    }

    @Test
    void markingAllReadCountsTheUnreadAndTouchesOnlyThatAgent() {
      fx.conversation(desk, support, ada, "first");
      fx.conversation(desk, support, ada, "second");
      fx.conversation(desk, support, ada, "third");
      desk.notifications().markRead(notifications(alice).get(0).id());

      assertThat(desk.notifications().markAllRead(alice.id())).isEqualTo(2);

      assertThat(desk.notifications().unreadCount(alice.id())).isZero();
      assertThat(notifications(alice)).allMatch(Notification::isRead);
      assertThat(desk.notifications().unreadCount(bob.id())).isEqualTo(3);
      assertThat(desk.notifications().markAllRead(alice.id())).isZero();
    }

    @Test
    void notificationsArePaged() {
      for (int i = 0; i < 5; i++) {
        fx.conversation(desk, support, ada, "message " + i);
      }

      Page<Notification> second = desk.notifications().list(alice.id(), false, 1, 2);

      assertThat(second.items()).hasSize(2);
      assertThat(second.total()).isEqualTo(5);
      assertThat(second.hasNext()).isTrue();
      assertThat(desk.notifications().list(alice.id(), false, 2, 2).hasNext()).isFalse();
    }

    @Test
    void aBadPageOrSizeIsRejected() {
      assertInvalidInput(() -> desk.notifications().list(alice.id(), false, -1, 10), "page", -1);
      assertInvalidInput(() -> desk.notifications().list(alice.id(), false, 0, 0), "size", 0);
      assertInvalidInput(() -> desk.notifications().list(alice.id(), false, 0, 501), "size", 501);
    }

    @Test
    void anUnknownNotificationIsNotFound() {
      assertNotFound(() -> desk.notifications().markRead(NotificationId.of(12345)));
    }
  }

  @Nested
  class Delivery {
    @Test
    void theSinkReceivesEachStoredNotificationOnce() {
      Conversation c = fx.conversation(desk, support, ada, "Hello");
      desk.conversations().assign(c.id(), bob.id(), Actor.agent(alice.id()));
      desk.conversations().receive(c.id(), "Still there?");
      desk.conversations().note(c.id(), "[@Bob](mention://user/" + bob.id() + "/Bob) look", Actor.agent(alice.id()));

      List<Notification> stored = java.util.stream.Stream.of(alice, bob, dave, admin)
          .flatMap(a -> notifications(a).stream()).toList();
      assertThat(fx.delivered()).hasSize(stored.size()).containsExactlyInAnyOrderElementsOf(stored);
      assertThat(fx.delivered()).extracting(Notification::id).doesNotHaveDuplicates();
      assertThat(fx.events(NotificationCreated.class)).extracting(NotificationCreated::notification)
          .containsExactlyElementsOf(fx.delivered());
    }

    @Test
    void aNotificationDeduplicatedAwayIsNotDelivered() {
      Conversation c = conversation();
      desk.conversations().assign(c.id(), bob.id(), Actor.agent(bob.id()));
      fx.forget();

      desk.conversations().note(c.id(), "[@Bob](mention://user/" + bob.id() + "/Bob)", Actor.agent(alice.id()));

      assertThat(fx.delivered()).singleElement().satisfies(n -> {
        assertThat(n.agentId()).isEqualTo(bob.id());
        assertThat(n.type()).isEqualTo(NotificationType.CONVERSATION_MENTION);
      });
    }

    @Test
    void readingANotificationDeliversNothing() {
      fx.conversation(desk, support, ada, "Hello");
      fx.forget();

      desk.notifications().markAllRead(alice.id());

      assertThat(fx.delivered()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(NotificationType.class)
  void everyTypeIsFoundByItsChatwootCode(NotificationType type) {
    assertThat(NotificationType.ofCode(type.code())).isSameAs(type);
  }

  private Conversation conversation() {
    Conversation c = fx.conversation(desk, support, ada, "Help");
    markAllRead();
    return c;
  }

  private void markAllRead() {
    for (Agent agent : desk.agents().list()) {
      desk.notifications().markAllRead(agent.id());
    }
  }

  private List<Notification> notifications(Agent agent) {
    return desk.notifications().list(agent.id()).items();
  }

  private List<Notification> unread(Agent agent) {
    return desk.notifications().list(agent.id(), true, 0, 100).items();
  }

  private List<NotificationType> types(Agent agent) {
    return notifications(agent).stream().map(Notification::type).toList();
  }
}
