package io.konversio.core.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.Actor;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.Message;
import io.konversio.core.conversation.MessageId;
import io.konversio.core.conversation.MessageType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.konversio.core.spi.MessageStore}. Subclass it with {@link #newStore()} returning a
 * fresh store of the implementation under test. Not thread-safe.
 */
public abstract class MessageStoreContract extends StoreContractSupport {

  @Test
  void everyTypeSenderAndFlagRoundTrips() {
    World w = newWorld("Acme");
    List<Actor> senders = List.of(Actor.contact(w.contact().id()), Actor.agent(w.agent().id()), Actor.bot(7),
        Actor.automation(42), Actor.campaign(3), Actor.system());
    List<Message> inserted = write(tx -> {
      List<Message> messages = new ArrayList<>();
      for (MessageType type : MessageType.values()) {
        for (Actor sender : senders) {
          int n = messages.size();
          Message m = new Message(MessageId.of(tx.nextId("message")), w.accountId(), w.conversation().id(), type,
              n % 3 == 0, sender, "Nachricht Nr. " + n + " — ünïcödé 🙂 <b>html</b> 'quotes' \"double\"",
              n % 2 == 0 ? Map.of() : Map.of("content_type", "text", "automation_rule_id", "42", "ключ", "значение"),
              minutes(n));
          tx.messages().insert(m);
          messages.add(m);
        }
      }
      return messages;
    });

    List<Message> listed = read(tx -> tx.messages().list(w.accountId(), w.conversation().id()));

    assertThat(listed).containsExactlyElementsOf(inserted);
  }

  @Test
  void insertAllStoresEveryMessageAsInsertWould() {
    World w = newWorld("Acme");
    Conversation second = newConversation(w.inbox(), w.contact());
    List<Message> inserted = write(tx -> {
      long[] ids = tx.nextIds("message", 250); // more than a store's batch statements take, and a rest
      List<Message> messages = new ArrayList<>();
      for (int i = 0; i < ids.length; i++) {
        messages.add(new Message(MessageId.of(ids[i]), w.accountId(), (i % 2 == 0 ? w.conversation() : second).id(),
            MessageType.values()[i % MessageType.values().length], false,
            i % 3 == 0 ? Actor.contact(w.contact().id()) : Actor.agent(w.agent().id()),
            i == 7 ? LONG_TEXT : "Nachricht " + i + " — 'quotes' \"double\" 🙂",
            i % 4 == 0 ? Map.of("ключ", "значение") : Map.of(), minutes(i)));
      }
      tx.messages().insertAll(messages);
      return messages;
    });

    List<Message> first = read(tx -> tx.messages().list(w.accountId(), w.conversation().id()));
    List<Message> other = read(tx -> tx.messages().list(w.accountId(), second.id()));
    assertThat(first).containsExactlyElementsOf(inserted.stream()
        .filter(m -> m.conversationId().equals(w.conversation().id())).toList());
    assertThat(other).containsExactlyElementsOf(inserted.stream().filter(m -> m.conversationId().equals(second.id())).toList());
  }

  @Test
  void longAndEmptyContentRoundTrips() {
    World w = newWorld("Acme");
    Message longOne = newMessage(w.conversation(), LONG_TEXT, minutes(1));
    Message emptyOne = newMessage(w.conversation(), "", minutes(2));

    Optional<Message> foundLong = read(tx -> tx.messages().find(w.accountId(), longOne.id()));
    Optional<Message> foundEmpty = read(tx -> tx.messages().find(w.accountId(), emptyOne.id()));

    assertThat(foundLong).contains(longOne);
    assertThat(foundEmpty).contains(emptyOne);
  }

  @Test
  void listIsOrderedByCreationTimeNotByInsertion() {
    World w = newWorld("Acme");
    Message late = newMessage(w.conversation(), "sent last", minutes(30));
    Message early = newMessage(w.conversation(), "sent first", minutes(10));
    Message middle = newMessage(w.conversation(), "sent second", minutes(20));

    List<Message> listed = read(tx -> tx.messages().list(w.accountId(), w.conversation().id()));

    assertThat(listed).containsExactly(early, middle, late);
  }

  @Test
  void messagesCreatedAtTheSameInstantAreListedById() {
    World w = newWorld("Acme");
    List<Message> messages = write(tx -> {
      Message first = message(tx, w.conversation(), MessageType.INCOMING, Actor.system(), "first", minutes(5));
      Message second = message(tx, w.conversation(), MessageType.ACTIVITY, Actor.system(), "second", minutes(5));
      tx.messages().insert(second);
      tx.messages().insert(first);
      return List.of(first, second);
    });

    List<Message> listed = read(tx -> tx.messages().list(w.accountId(), w.conversation().id()));

    assertThat(listed).containsExactlyElementsOf(messages);
  }

  @Test
  void listKeepsToTheConversationAndTheAccount() {
    World acme = newWorld("Acme");
    World globex = newWorld("Globex");
    Conversation other = newConversation(acme.inbox(), acme.contact());
    Message mine = newMessage(acme.conversation(), "mine", minutes(1));
    newMessage(other, "other conversation", minutes(2));
    newMessage(globex.conversation(), "other account", minutes(3));

    List<Message> listed = read(tx -> tx.messages().list(acme.accountId(), acme.conversation().id()));
    List<Message> asGlobex = read(tx -> tx.messages().list(globex.accountId(), acme.conversation().id()));

    assertThat(listed).containsExactly(mine);
    assertThat(asGlobex).isEmpty();
  }

  @Test
  void aConversationWithoutMessagesListsNone() {
    World w = newWorld("Acme");

    List<Message> listed = read(tx -> tx.messages().list(w.accountId(), w.conversation().id()));

    assertThat(listed).isEmpty();
  }

  @Test
  void findWithAnotherAccountIsEmpty() {
    World acme = newWorld("Acme");
    World globex = newWorld("Globex");
    Message m = newMessage(acme.conversation(), "hello", minutes(1));

    Optional<Message> found = read(tx -> tx.messages().find(globex.accountId(), m.id()));

    assertThat(found).isEmpty();
  }

  @Test
  void insertingAnExistingIdThrowsAndKeepsTheStoredMessage() {
    World w = newWorld("Acme");
    Message m = newMessage(w.conversation(), "original", minutes(1));
    Message sameId = new Message(m.id(), m.accountId(), m.conversationId(), MessageType.OUTGOING, true,
        Actor.system(), "copy", Map.of(), minutes(2));

    assertThatThrownBy(() -> useWrite(tx -> tx.messages().insert(sameId))).isInstanceOf(RuntimeException.class);

    List<Message> listed = read(tx -> tx.messages().list(w.accountId(), w.conversation().id()));
    assertThat(listed).containsExactly(m);
  }

  @Test
  void insertAllOfManyMessagesWithAnExistingIdThrowsAndWritesNoneOfThem() {
    World w = newWorld("Acme");
    Message m = newMessage(w.conversation(), "original", minutes(1));
    List<Message> batch = new ArrayList<>();
    long[] ids = write(tx -> tx.nextIds("message", 250));
    for (int i = 0; i < ids.length; i++) {
      // the existing id comes in the middle of the second hundred
      MessageId id = i == 150 ? m.id() : MessageId.of(ids[i]);
      batch.add(new Message(id, w.accountId(), w.conversation().id(), MessageType.INCOMING, false,
          Actor.contact(w.contact().id()), "copy " + i, Map.of(), minutes(2 + i)));
    }

    assertThatThrownBy(() -> useWrite(tx -> tx.messages().insertAll(batch))).isInstanceOf(RuntimeException.class);

    List<Message> listed = read(tx -> tx.messages().list(w.accountId(), w.conversation().id()));
    assertThat(listed).containsExactly(m);
  }
}
