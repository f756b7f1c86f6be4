package io.konversio.core.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.Actor;
import io.konversio.core.Desk;
import io.konversio.core.InvalidInputException;
import io.konversio.core.Konversio;
import io.konversio.core.MutableClock;
import io.konversio.core.NotFoundException;
import io.konversio.core.agent.Agent;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.AgentRole;
import io.konversio.core.agent.Availability;
import io.konversio.core.contact.Contact;
import io.konversio.core.contact.NewContact;
import io.konversio.core.conversation.Concurrently;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationId;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.conversation.Conversations;
import io.konversio.core.conversation.Message;
import io.konversio.core.conversation.MessagePost;
import io.konversio.core.conversation.MessageType;
import io.konversio.core.conversation.NewConversation;
import io.konversio.core.conversation.NewMessage;
import io.konversio.core.event.ConversationUpdated;
import io.konversio.core.event.DomainEvent;
import io.konversio.core.event.MessageCreated;
import io.konversio.core.event.NotificationCreated;
import io.konversio.core.inbox.AutoAssignment;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.Inbox;
import io.konversio.core.inbox.InboxSettings;
import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.OutboxStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Conversations#postAll} on a store: the same effects and events as posting the messages one by one, all or
 * nothing on bad input, no lost message under concurrent writers, and batches larger than any single statement.
 * Runs Konversio itself on the store, so it checks the store's batch methods ({@code findAll}, {@code updateAll},
 * {@code insertAll}, {@code nextIds}) the way Konversio uses them.
 */
public abstract class PostAllContract extends StoreContractSupport {
  private static final Instant START = Instant.parse("2026-03-02T09:00:00.000001Z");

  private final List<Konversio> opened = new ArrayList<>();

  @AfterEach
  void closeKonversios() {
    opened.forEach(Konversio::close);
  }

  /** One account on a store: an inbox with round-robin auto-assignment, two online agents and two contacts. */
  private final class World {
    final MutableClock clock = new MutableClock(START);
    final List<DomainEvent> events = new CopyOnWriteArrayList<>();
    final Konversio konversio;
    final Desk desk;
    final Inbox inbox;
    final Agent alice;
    final Agent bob;
    final Contact ada;
    final Contact ben;

    World(DataStore on) {
      konversio = Konversio.builder().clock(clock).store(on).listener(events::add).build();
      opened.add(konversio);
      desk = konversio.desk(konversio.accounts().create("Acme").id());
      inbox = desk.inboxes().create("Support", ChannelType.API,
          InboxSettings.defaults().withAutoAssignment(AutoAssignment.roundRobin()));
      alice = agent("Alice");
      bob = agent("Bob");
      ada = desk.contacts().create(NewContact.builder("Ada").email("ada@example.com").build());
      ben = desk.contacts().create(NewContact.builder("Ben").build());
    }

    private Agent agent(String name) {
      Agent a = desk.agents().create(name, name.toLowerCase() + "@acme.test", AgentRole.AGENT);
      desk.agents().addToInbox(a.id(), inbox.id());
      return desk.agents().setAvailability(a.id(), Availability.ONLINE);
    }

    Conversations conversations() {
      return desk.conversations();
    }

    Conversation start(Contact contact, String first) {
      return conversations().create(NewConversation.builder(inbox.id(), contact.id()).message(first).build(),
          Actor.contact(contact.id()));
    }
  }

  /** Four conversations in four states, and posts that reopen, wake, first-reply, mention and notify. */
  private static List<MessagePost> mixedPosts(World w, List<Conversation> cs) {
    Actor alice = Actor.agent(w.alice.id());
    Actor bob = Actor.agent(w.bob.id());
    ConversationId open = cs.get(0).id();
    ConversationId resolved = cs.get(1).id();
    ConversationId snoozed = cs.get(2).id();
    ConversationId pending = cs.get(3).id();
    return List.of(
        MessagePost.reply(open, "Hi Ada, looking into it", alice),
        MessagePost.incoming(resolved, "It broke again"),
        MessagePost.note(open, "[@Bob](mention://user/" + w.bob.id().value() + "/Bob) can you check the invoice?",
            alice),
        MessagePost.incoming(snoozed, "Any news?"),
        MessagePost.incoming(open, "Thanks, waiting"),
        MessagePost.reply(resolved, "Sorry about that", bob),
        MessagePost.of(pending, NewMessage.activity("Imported from e-mail"), Actor.system()),
        MessagePost.reply(open, "Fixed, please try again", bob),
        MessagePost.of(snoozed, NewMessage.incoming("And the refund?").withAttributes(Map.of("channel", "sms")),
            Actor.contact(w.ben.id())),
        MessagePost.incoming(resolved, "Works now"));
  }

  private static List<Conversation> mixedConversations(World w) {
    Conversation open = w.start(w.ada, "Hello, I need help");
    Conversation resolved = w.conversations().resolve(w.start(w.ada, "Invoice question").id(), Actor.system());
    Conversation snoozed = w.conversations().snoozeUntil(w.start(w.ben, "Refund?").id(),
        START.plus(Duration.ofDays(1)), Actor.agent(w.alice.id()));
    Conversation pending = w.conversations().create(
        NewConversation.builder(w.inbox.id(), w.ben.id()).status(ConversationStatus.PENDING).build(),
        Actor.system());
    return List.of(open, resolved, snoozed, pending);
  }

  @Test
  void postAllHasTheEffectsAndEventsOfPostingOneByOne() {
    World batched = new World(store);
    World oneByOne = new World(newStore());
    List<Conversation> bs = mixedConversations(batched);
    List<Conversation> os = mixedConversations(oneByOne);
    batched.events.clear();
    oneByOne.events.clear();

    List<Message> added = batched.conversations().postAll(mixedPosts(batched, bs));
    List<Message> expected = new ArrayList<>();
    for (MessagePost p : mixedPosts(oneByOne, os)) {
      Actor sender = p.sender().orElseGet(() -> Actor.contact(oneByOne.conversations().get(p.conversationId())
          .contactId()));
      expected.add(oneByOne.conversations().post(p.conversationId(), p.message(), sender));
    }

    assertThat(added).extracting(PostAllContract::describe).containsExactlyElementsOf(
        expected.stream().map(PostAllContract::describe).toList());
    for (int i = 0; i < bs.size(); i++) {
      Conversation b = batched.conversations().get(bs.get(i).id());
      Conversation o = oneByOne.conversations().get(os.get(i).id());
      assertThat(b).as("conversation %s", i).isEqualTo(o);
      assertThat(batched.conversations().messages(b.id())).extracting(PostAllContract::describe)
          .containsExactlyElementsOf(oneByOne.conversations().messages(o.id()).stream()
              .map(PostAllContract::describe).toList());
    }
    assertThat(batched.events).extracting(PostAllContract::describe)
        .containsExactlyElementsOf(oneByOne.events.stream().map(PostAllContract::describe).toList());
    for (Agent agent : List.of(batched.alice, batched.bob)) {
      assertThat(batched.desk.notifications().list(agent.id()).items()).extracting(n -> n.type() + " " + n.conversationId())
          .containsExactlyInAnyOrderElementsOf(oneByOne.desk.notifications().list(agent.id()).items().stream()
              .map(n -> n.type() + " " + n.conversationId()).toList());
    }
    // the resolved conversation was reopened and auto-assigned, the snoozed one woken, the mention notified
    assertThat(batched.conversations().get(bs.get(1).id()).status()).isEqualTo(ConversationStatus.OPEN);
    assertThat(batched.conversations().get(bs.get(1).id()).assigneeId()).isPresent();
    assertThat(batched.conversations().get(bs.get(2).id()).status()).isEqualTo(ConversationStatus.OPEN);
    assertThat(batched.events).filteredOn(e -> e instanceof NotificationCreated n
        && n.notification().agentId().equals(batched.bob.id())).isNotEmpty();
  }

  @Test
  void theMessagesGetIncreasingIdsInListOrder() {
    World w = new World(store);
    Conversation c = w.start(w.ada, "Hi");
    List<MessagePost> posts = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      posts.add(MessagePost.incoming(c.id(), "message " + i));
    }

    List<Message> added = w.conversations().postAll(posts);

    assertThat(added).extracting(Message::content).containsExactlyElementsOf(
        posts.stream().map(p -> p.message().content()).toList());
    assertThat(added).extracting(m -> m.id().value()).isSorted().doesNotHaveDuplicates();
    assertThat(w.conversations().get(c.id()).version()).isEqualTo(c.version() + 20);
  }

  @Test
  void badInputAnywhereAddsNothingAndNamesTheElement() {
    World w = new World(store);
    Conversation c = w.start(w.ada, "Hi");
    Conversation other = w.start(w.ben, "Hello");
    w.events.clear();
    Actor alice = Actor.agent(w.alice.id());

    assertRejected(w, List.of(MessagePost.reply(c.id(), "ok", alice), MessagePost.incoming(c.id(), "fine"),
        MessagePost.incoming(c.id(), "   ")), "posts[2].content");
    assertRejected(w, List.of(MessagePost.incoming(c.id(), "fine"),
        MessagePost.of(c.id(), NewMessage.incoming("not Ada"), Actor.contact(w.ben.id()))), "posts[1].sender");
    assertRejected(w, List.of(new MessagePost(c.id(), NewMessage.reply("who?"), Optional.empty())),
        "posts[0].sender");
    assertRejected(w, List.of(MessagePost.incoming(c.id(), "fine"),
        MessagePost.reply(other.id(), "from nobody", Actor.agent(AgentId.of(999_999)))),
        "posts[1].sender");
    assertRejected(w, List.of(MessagePost.incoming(c.id(), "fine"),
        new MessagePost(c.id(), new NewMessage(MessageType.INCOMING, true, "x",
            Map.of()), Optional.empty())), "posts[1].private");
    assertRejected(w, Collections.nCopies(Conversations.MAX_POSTS_PER_CALL + 1,
        MessagePost.incoming(c.id(), "flood")), "posts");
    List<MessagePost> withNull = new ArrayList<>();
    withNull.add(MessagePost.incoming(c.id(), "fine"));
    withNull.add(null);
    assertRejected(w, withNull, "posts[1]");

    assertThatThrownBy(() -> w.conversations().postAll(List.of(MessagePost.incoming(c.id(), "fine"),
        MessagePost.incoming(ConversationId.of(987_654_321), "lost"))))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("987654321");

    assertThat(w.conversations().messages(c.id())).hasSize(1);
    assertThat(w.conversations().get(c.id()).version()).isEqualTo(c.version());
    assertThat(w.events).isEmpty();
    assertThat(w.conversations().postAll(List.of())).isEmpty();
    assertThat(w.events).isEmpty();
  }

  private static void assertRejected(World w, List<MessagePost> posts, String field) {
    assertThatThrownBy(() -> w.conversations().postAll(posts)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void concurrentBatchesAndUpdatesLoseNothing() {
    World w = new World(store);
    List<Conversation> cs = List.of(w.start(w.ada, "one"), w.start(w.ada, "two"), w.start(w.ben, "three"));
    w.events.clear();
    int threads = 4;
    int batches = 10;
    int perBatch = 6;
    int updaters = 2;
    int updatesEach = batches; // one update per round, as many rounds as batches
    for (int u = 0; u < updaters; u++) {
      for (int i = 0; i < updatesEach; i++) {
        w.desk.labels().create("l" + u + "-" + i);
      }
    }
    // threads 0..3 post batches, threads 4..5 add labels; each thread does one batch or one update per round
    Concurrently.run(threads + updaters, batches, (thread, round) -> {
      if (thread < threads) {
        List<MessagePost> posts = new ArrayList<>();
        for (int i = 0; i < perBatch; i++) {
          posts.add(MessagePost.incoming(cs.get((round + i) % cs.size()).id(), "t" + thread + " b" + round + " m" + i));
        }
        w.conversations().postAll(posts);
      } else {
        int updater = thread - threads;
        Conversation c = cs.get((updater + round) % cs.size());
        w.conversations().addLabels(c.id(), List.of("l" + updater + "-" + round), Actor.system());
      }
    });

    long messages = cs.stream().mapToLong(c -> w.conversations().messages(c.id()).size()).sum();
    assertThat(messages).isEqualTo(cs.size() + (long) threads * batches * perBatch);
    long versions = cs.stream().mapToLong(c -> w.conversations().get(c.id()).version() - c.version()).sum();
    assertThat(versions).isEqualTo((long) threads * batches * perBatch + (long) updaters * updatesEach);
    assertThat(cs.stream().mapToLong(c -> w.conversations().get(c.id()).labels().size()).sum())
        .isEqualTo((long) updaters * updatesEach);
    assertThat(w.events).filteredOn(MessageCreated.class::isInstance).hasSize(threads * batches * perBatch);
  }

  @Test
  void aBatchLargerThanAnyStatementIsStoredWhole() {
    World w = new World(store);
    List<Conversation> cs = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      cs.add(w.start(i % 2 == 0 ? w.ada : w.ben, "start " + i));
    }
    w.events.clear();
    Actor alice = Actor.agent(w.alice.id());
    List<MessagePost> posts = new ArrayList<>();
    for (int i = 0; i < 2_500; i++) {
      ConversationId id = cs.get(i % cs.size()).id();
      posts.add(i % 2 == 0 ? MessagePost.reply(id, LONG_TEXT.substring(0, 100 + i % 300), alice)
          : MessagePost.incoming(id, "customer " + i + " — Grüße 👋"));
    }

    List<Message> added = w.conversations().postAll(posts);

    assertThat(added).hasSize(posts.size());
    assertThat(cs.stream().mapToLong(c -> w.conversations().messages(c.id()).size()).sum())
        .isEqualTo(cs.size() + posts.size());
    assertThat(w.events).filteredOn(MessageCreated.class::isInstance).extracting(e -> ((MessageCreated) e).message())
        .containsExactlyElementsOf(added);
    List<OutboxStore.Entry> pending = read(tx -> tx.outbox().pending(10));
    assertThat(pending).isEmpty();
  }

  private static String describe(Message m) {
    return m.conversationId() + " " + m.type() + " " + m.privateNote() + " " + m.sender() + " " + m.content() + " "
        + m.attributes() + " " + m.createdAt();
  }

  private static String describe(DomainEvent e) {
    StringBuilder s = new StringBuilder(e.getClass().getSimpleName()).append(' ').append(e.actor()).append(' ')
        .append(e.occurredAt()).append(' ').append(e.conversation());
    if (e instanceof MessageCreated m) {
      s.append(' ').append(describe(m.message()));
    } else if (e instanceof ConversationUpdated u) {
      s.append(' ').append(new TreeMap<>(u.changes()));
    } else if (e instanceof NotificationCreated n) {
      s.append(' ').append(n.notification().type()).append(' ').append(n.notification().agentId());
    }
    return s.toString();
  }
}
