package io.konversio.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.Actor;
import io.konversio.core.Desk;
import io.konversio.core.InvalidInputException;
import io.konversio.core.agent.AgentRole;
import io.konversio.core.contact.Contact;
import io.konversio.core.contact.NewContact;
import io.konversio.core.inbox.InboxSettings;
import io.konversio.core.spi.OutboundChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Messages: who sees them, where they are sent, the reply times they set, and what is rejected. */
class ConversationMessagesTest {
  private final List<Message> sent = new CopyOnWriteArrayList<>();
  private final LifecycleFixture f = new LifecycleFixture(InboxSettings.defaults(),
      b -> b.outboundChannel((inbox, conversation, contact, message) -> sent.add(message)));
  private final Conversations conversations = f.conversations();
  private final Actor alice = LifecycleFixture.actor(f.agent);

  @Test
  void customerViewNeverContainsPrivateNotesOrActivity() {
    Conversation c = f.newConversation();
    Message reply = conversations.reply(c.id(), "Hi Ada, checking", alice);
    conversations.note(c.id(), "Ada is on the old plan", alice);
    conversations.post(c.id(), NewMessage.activity("Alice self-assigned"), Actor.system());
    Message survey = conversations.post(c.id(), template("Rate us"), Actor.bot(7));
    Message incoming = conversations.receive(c.id(), "Thanks");

    List<Message> view = conversations.customerView(c.id());

    assertThat(view).extracting(Message::content)
        .containsExactly("Hello, I need help", reply.content(), survey.content(), incoming.content());
    assertThat(view).noneMatch(Message::privateNote).noneMatch(m -> m.type() == MessageType.ACTIVITY);
    assertThat(conversations.messages(c.id())).hasSize(6);
  }

  @Test
  void outboundChannelReceivesPublicRepliesAndTemplatesOnly() {
    Conversation c = f.newConversation();
    Message reply = conversations.reply(c.id(), "Hi Ada", alice);
    conversations.note(c.id(), "internal", alice);
    conversations.post(c.id(), NewMessage.activity("Conversation was resolved"), Actor.system());
    conversations.receive(c.id(), "Thanks");
    Message survey = conversations.post(c.id(), template("Rate us"), Actor.bot(7));

    assertThat(sent).containsExactly(reply, survey);
  }

  @Test
  void outboundChannelGetsTheInboxConversationAndContactOfTheMessage() {
    AtomicReference<String> delivery = new AtomicReference<>();
    LifecycleFixture g = new LifecycleFixture(InboxSettings.defaults(), b -> b.outboundChannel(
        (inbox, conversation, contact, message) -> delivery.set(inbox.name() + "|" + conversation.id() + "|"
            + contact.name() + "|" + message.content())));
    Conversation c = g.newConversation();

    g.conversations().reply(c.id(), "Hi", LifecycleFixture.actor(g.agent));

    assertThat(delivery).hasValue("Support|" + c.id() + "|Ada|Hi");
  }

  /** Regression: the channel was called inside a read transaction, so it could not write and blocked writers. */
  @Test
  void outboundChannelCanWriteToKonversioWhileSending() {
    AtomicReference<Conversations> target = new AtomicReference<>();
    OutboundChannel failingEmail = (inbox, conversation, contact, message) ->
        target.get().post(conversation.id(), NewMessage.activity("Delivery of message " + message.id() + " failed"),
            Actor.system());
    LifecycleFixture g = new LifecycleFixture(InboxSettings.defaults(), b -> b.outboundChannel(failingEmail));
    target.set(g.conversations());
    Conversation c = g.newConversation();

    Message reply = g.conversations().reply(c.id(), "Hi", LifecycleFixture.actor(g.agent));

    assertThat(g.conversations().messages(c.id())).extracting(Message::content)
        .contains("Delivery of message " + reply.id() + " failed");
  }

  @Test
  void firstReplyTimeIsSetOnceByAnAgentsPublicReply() {
    Conversation c = f.newConversation();
    f.clock.advance(Duration.ofMinutes(1));
    conversations.note(c.id(), "Looking", alice);
    conversations.post(c.id(), NewMessage.reply("Automated: we got your message"), Actor.automation(3));
    conversations.post(c.id(), NewMessage.reply("I am a bot"), Actor.bot(7));
    assertThat(conversations.get(c.id()).firstReplyAt()).isEmpty();

    f.clock.advance(Duration.ofMinutes(4));
    Instant firstReply = f.clock.instant();
    conversations.reply(c.id(), "Hi Ada", alice);
    f.clock.advance(Duration.ofMinutes(10));
    conversations.reply(c.id(), "Anything else?", alice);

    assertThat(conversations.get(c.id()).firstReplyAt()).contains(firstReply);
  }

  @Test
  void waitingSinceIsSetByTheContactAndClearedByAnAgentsReply() {
    Conversation c = f.newConversation();
    assertThat(c.waitingSince()).contains(LifecycleFixture.START);

    conversations.reply(c.id(), "Hi", alice);
    assertThat(conversations.get(c.id()).waitingSince()).isEmpty();

    f.clock.advance(Duration.ofMinutes(5));
    Instant asked = f.clock.instant();
    conversations.receive(c.id(), "One more question");
    f.clock.advance(Duration.ofMinutes(5));
    conversations.receive(c.id(), "Hello?");
    conversations.note(c.id(), "She is waiting", alice);
    assertThat(conversations.get(c.id()).waitingSince()).contains(asked);

    conversations.reply(c.id(), "Sorry for the wait", alice);
    assertThat(conversations.get(c.id()).waitingSince()).isEmpty();
  }

  @Test
  void resolvingClearsWaitingSince() {
    Conversation c = f.newConversation();

    assertThat(conversations.resolve(c.id(), alice).waitingSince()).isEmpty();
  }

  @Test
  void everyMessageMovesTheLastActivity() {
    Conversation c = f.newConversation();
    f.clock.advance(Duration.ofMinutes(3));

    conversations.note(c.id(), "later", alice);

    assertThat(conversations.get(c.id()).lastActivityAt()).isEqualTo(f.clock.instant());
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", " ", "\n\t  "})
  void blankContentIsRejected(String content) {
    Conversation c = f.newConversation();

    assertRejected(() -> conversations.reply(c.id(), content, alice), "content");
    assertRejected(() -> conversations.receive(c.id(), content), "content");
    assertNothingStored(c);
  }

  @Test
  void contentOfAtMost150000CharactersIsAccepted() {
    Conversation c = f.newConversation();

    Message longest = conversations.reply(c.id(), "x".repeat(150_000), alice);

    assertThat(longest.content()).hasSize(150_000);
  }

  @Test
  void contentOfMoreThan150000CharactersIsRejected() {
    Conversation c = f.newConversation();

    assertThatThrownBy(() -> conversations.reply(c.id(), "x".repeat(150_001), alice))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("content");
          assertThat(e.value()).hasValueSatisfying(v -> assertThat(v).contains("150001").hasSizeLessThan(100));
        });
    assertNothingStored(c);
  }

  @Test
  void firstMessageOfANewConversationIsCheckedToo() {
    NewConversation blank = NewConversation.builder(f.inbox.id(), f.contact.id()).message("  ").build();

    assertRejected(() -> conversations.create(blank, Actor.contact(f.contact.id())), "content");
    assertThat(f.events).isEmpty();
  }

  @Test
  void contactOfAnotherConversationCannotPost() {
    Conversation adas = f.newConversation();
    Contact bob = f.newContact("Bob");
    f.newConversation(bob);

    assertRejected(() -> conversations.post(adas.id(), NewMessage.incoming("I am Ada, really"),
        Actor.contact(bob.id())), "sender");
    assertNothingStored(adas);
  }

  @Test
  void contactOfAnotherAccountCannotPost() {
    Conversation adas = f.newConversation();
    Desk other = f.konversio.desk(f.konversio.accounts().create("Globex").id());
    Contact stranger = other.contacts().create(NewContact.builder("Eve").build());

    assertRejected(() -> conversations.post(adas.id(), NewMessage.incoming("Hi"), Actor.contact(stranger.id())),
        "sender");
    assertNothingStored(adas);
  }

  @Test
  void agentOfAnotherAccountCannotPost() {
    Conversation c = f.newConversation();
    Desk other = f.konversio.desk(f.konversio.accounts().create("Globex").id());
    Actor stranger = Actor.agent(other.agents().create("Mallory", "mallory@globex.test",
        AgentRole.ADMINISTRATOR).id());

    assertRejected(() -> conversations.reply(c.id(), "Hi from elsewhere", stranger), "sender");
    assertNothingStored(c);
  }

  @Test
  void contactCanOnlySendIncomingMessagesAndAgentsCannot() {
    Conversation c = f.newConversation();
    Actor ada = Actor.contact(f.contact.id());

    assertRejected(() -> conversations.post(c.id(), NewMessage.reply("Pretending to be support"), ada), "sender");
    assertRejected(() -> conversations.post(c.id(), NewMessage.incoming("Pretending to be Ada"), alice), "sender");
    assertRejected(() -> conversations.post(c.id(),
        new NewMessage(MessageType.INCOMING, true, "private incoming", Map.of()), ada), "private");
    assertNothingStored(c);
  }

  private static NewMessage template(String content) {
    return new NewMessage(MessageType.TEMPLATE, false, content, Map.of("content_type", "input_csat"));
  }

  private void assertNothingStored(Conversation c) {
    assertThat(conversations.get(c.id())).isEqualTo(c);
    assertThat(conversations.messages(c.id())).hasSize(1);
    assertThat(sent).isEmpty();
  }

  private static void assertRejected(Runnable command, String field) {
    assertThatThrownBy(command::run).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.field()).isEqualTo(field));
  }
}
