package io.konversio.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.Actor;
import io.konversio.core.Desk;
import io.konversio.core.InvalidInputException;
import io.konversio.core.contact.Contact;
import io.konversio.core.contact.NewContact;
import io.konversio.core.event.ConversationCreated;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.Inbox;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Starting a conversation: its first state, its display id, and whose inbox and contact it may use. */
class ConversationCreateTest {
  private final LifecycleFixture f = new LifecycleFixture();

  @Test
  void newConversationStartsOpenWithTheFirstMessageAsIncoming() {
    Conversation c = f.newConversation();

    assertThat(c.status()).isEqualTo(ConversationStatus.OPEN);
    assertThat(c.snoozedUntil()).isEmpty();
    assertThat(c.assigneeId()).isEmpty();
    assertThat(c.createdAt()).isEqualTo(LifecycleFixture.START);
    assertThat(f.conversations().messages(c.id())).singleElement().satisfies(m -> {
      assertThat(m.type()).isEqualTo(MessageType.INCOMING);
      assertThat(m.sender()).isEqualTo(Actor.contact(f.contact.id()));
    });
    assertThat(f.events(ConversationCreated.class)).singleElement()
        .satisfies(e -> assertThat(e.conversation().version()).isEqualTo(1));
  }

  @Test
  void newConversationStartsPendingWhenAsked() {
    Conversation c = f.conversations().create(NewConversation.builder(f.inbox.id(), f.contact.id())
        .status(ConversationStatus.PENDING).build(), Actor.system());

    assertThat(c.status()).isEqualTo(ConversationStatus.PENDING);
    assertThat(f.conversations().messages(c.id())).isEmpty();
  }

  @Test
  void newConversationCannotStartResolvedOrSnoozed() {
    NewConversation.Builder builder = NewConversation.builder(f.inbox.id(), f.contact.id());

    assertThatThrownBy(() -> builder.status(ConversationStatus.RESOLVED))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resolved");
    assertThatThrownBy(() -> builder.status(ConversationStatus.SNOOZED))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("snoozed");
  }

  @Test
  void displayIdsCountFromOnePerAccount() {
    Desk other = f.konversio.desk(f.konversio.accounts().create("Globex").id());
    Inbox theirInbox = other.inboxes().create("Help", ChannelType.API);
    Contact bob = other.contacts().create(NewContact.builder("Bob").build());

    assertThat(f.newConversation().displayId()).isEqualTo(1);
    assertThat(f.newConversation().displayId()).isEqualTo(2);
    Conversation theirs = other.conversations().create(
        NewConversation.builder(theirInbox.id(), bob.id()).message("Hi").build(), Actor.contact(bob.id()));
    assertThat(theirs.displayId()).isEqualTo(1);
    assertThat(f.conversations().findByDisplayId(1)).isNotEqualTo(other.conversations().findByDisplayId(1));
  }

  @Test
  void concurrentCreatesGetEveryDisplayIdOnce() {
    List<Long> displayIds = new CopyOnWriteArrayList<>();

    Concurrently.run(8, 25, (thread, round) -> displayIds.add(f.newConversation().displayId()));

    assertThat(displayIds).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 200).boxed().toList());
  }

  @Test
  void inboxOfAnotherAccountIsRejected() {
    Desk other = f.konversio.desk(f.konversio.accounts().create("Globex").id());
    Inbox theirs = other.inboxes().create("Help", ChannelType.API);

    assertThatThrownBy(() -> f.conversations().create(
        NewConversation.builder(theirs.id(), f.contact.id()).message("Hi").build(), Actor.contact(f.contact.id())))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("inbox"));
    assertThat(other.conversations().findByDisplayId(1)).isEmpty();
    assertThat(f.events).isEmpty();
  }

  @Test
  void contactOfAnotherAccountIsRejected() {
    Desk other = f.konversio.desk(f.konversio.accounts().create("Globex").id());
    Contact theirs = other.contacts().create(NewContact.builder("Bob").build());

    assertThatThrownBy(() -> f.conversations().create(
        NewConversation.builder(f.inbox.id(), theirs.id()).message("Hi").build(), Actor.contact(theirs.id())))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("contact"));
    assertThat(f.conversations().findByDisplayId(1)).isEmpty();
  }
}
