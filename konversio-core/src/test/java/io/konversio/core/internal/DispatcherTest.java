package io.konversio.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.Actor;
import io.konversio.core.Desk;
import io.konversio.core.Konversio;
import io.konversio.core.contact.Contact;
import io.konversio.core.contact.NewContact;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.NewConversation;
import io.konversio.core.event.DomainEvent;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.Inbox;
import io.konversio.core.spi.AccountStore;
import io.konversio.core.spi.AgentStore;
import io.konversio.core.spi.AttributeStore;
import io.konversio.core.spi.ContactStore;
import io.konversio.core.spi.ConversationStore;
import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.DueWorkStore;
import io.konversio.core.spi.InboxStore;
import io.konversio.core.spi.LabelStore;
import io.konversio.core.spi.MessageStore;
import io.konversio.core.spi.NotificationStore;
import io.konversio.core.spi.OutboxStore;
import io.konversio.core.spi.SavedFilterStore;
import io.konversio.core.spi.StoreTransaction;
import io.konversio.core.spi.TeamStore;
import io.konversio.core.store.memory.InMemoryStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** How the dispatcher uses the outbox: one mark per delivered batch, no read after a commit without events. */
class DispatcherTest {

  @Test
  void aCommandsEventsAreMarkedDispatchedInOneWrite() {
    Fixture f = new Fixture();
    f.store.reset();

    Conversation c = f.desk.conversations().create(NewConversation.builder(f.inbox.id(), f.contact.id())
        .message("Hello").build(), Actor.contact(f.contact.id()));

    assertThat(f.events).hasSizeGreaterThan(1);
    assertThat(f.events).allMatch(e -> e.conversationId().equals(c.id()));
    assertThat(f.store.marks).singleElement().satisfies(m -> assertThat(m).hasSize(f.events.size()));
    assertThat(f.store.pendingReads).isEqualTo(1);
    List<OutboxStore.Entry> left = f.store.read(tx -> tx.outbox().pending(10));
    assertThat(left).isEmpty();
  }

  @Test
  void aCommitWithoutEventsDoesNotReadTheOutbox() {
    Fixture f = new Fixture();
    f.store.reset();

    f.desk.labels().create("vip");

    assertThat(f.events).isEmpty();
    assertThat(f.store.pendingReads).isZero();
  }

  @Test
  void aFailedDispatchAfterCommitDoesNotFailTheCommandAndTheEventsGoOutLater() {
    Fixture f = new Fixture();
    f.store.reset();
    f.store.failPendingReads = 1;

    Conversation c = f.desk.conversations().create(NewConversation.builder(f.inbox.id(), f.contact.id())
        .message("Hello").build(), Actor.contact(f.contact.id()));

    assertThat(c).isNotNull();
    assertThat(f.events).isEmpty();
    f.konversio.dispatchPending();
    assertThat(f.events).isNotEmpty().allMatch(e -> e.conversationId().equals(c.id()));
  }

  private static final class Fixture {
    final CountingStore store = new CountingStore(InMemoryStore.create());
    final List<DomainEvent> events = new CopyOnWriteArrayList<>();
    final Konversio konversio = Konversio.builder().store(store).listener(events::add).build();
    final Desk desk = konversio.desk(konversio.accounts().create("Acme").id());
    final Inbox inbox = desk.inboxes().create("Support", ChannelType.API);
    final Contact contact = desk.contacts().create(NewContact.builder("Ada").build());

    Fixture() {
      Conversation c = desk.conversations().create(NewConversation.builder(inbox.id(), contact.id())
          .message("first").build(), Actor.contact(contact.id()));
      assertThat(c).isNotNull();
      events.clear();
    }
  }

  /** Counts the outbox's pending reads and mark calls. */
  private static final class CountingStore implements DataStore {
    private final DataStore delegate;
    volatile int pendingReads;
    /** How many of the next pending reads throw, as an unreachable database would. */
    volatile int failPendingReads;
    final List<List<Long>> marks = new CopyOnWriteArrayList<>();

    CountingStore(DataStore delegate) {
      this.delegate = delegate;
    }

    void reset() {
      pendingReads = 0;
      marks.clear();
    }

    @Override
    public <T> T read(Function<StoreTransaction, T> work) {
      return delegate.read(tx -> work.apply(new CountingTransaction(tx)));
    }

    @Override
    public <T> T write(Function<StoreTransaction, T> work) {
      return delegate.write(tx -> work.apply(new CountingTransaction(tx)));
    }

    private final class CountingTransaction implements StoreTransaction {
      private final StoreTransaction tx;

      CountingTransaction(StoreTransaction tx) {
        this.tx = tx;
      }

      @Override
      public long nextId(String sequence) {
        return tx.nextId(sequence);
      }

      @Override
      public AccountStore accounts() {
        return tx.accounts();
      }

      @Override
      public InboxStore inboxes() {
        return tx.inboxes();
      }

      @Override
      public AgentStore agents() {
        return tx.agents();
      }

      @Override
      public TeamStore teams() {
        return tx.teams();
      }

      @Override
      public ContactStore contacts() {
        return tx.contacts();
      }

      @Override
      public LabelStore labels() {
        return tx.labels();
      }

      @Override
      public AttributeStore attributes() {
        return tx.attributes();
      }

      @Override
      public ConversationStore conversations() {
        return tx.conversations();
      }

      @Override
      public MessageStore messages() {
        return tx.messages();
      }

      @Override
      public NotificationStore notifications() {
        return tx.notifications();
      }

      @Override
      public SavedFilterStore savedFilters() {
        return tx.savedFilters();
      }

      @Override
      public DueWorkStore dueWork() {
        return tx.dueWork();
      }

      @Override
      public OutboxStore outbox() {
        OutboxStore outbox = tx.outbox();
        return new OutboxStore() {
          @Override
          public void append(List<DomainEvent> events) {
            outbox.append(events);
          }

          @Override
          public List<Entry> pending(int limit) {
            if (failPendingReads > 0) {
              failPendingReads--;
              throw new IllegalStateException("the database is unreachable");
            }
            pendingReads++;
            return outbox.pending(limit);
          }

          @Override
          public boolean hasPending() {
            return outbox.hasPending();
          }

          @Override
          public boolean claimDispatch(String dispatcher, Duration lease) {
            return outbox.claimDispatch(dispatcher, lease);
          }

          @Override
          public void releaseDispatch(String dispatcher) {
            outbox.releaseDispatch(dispatcher);
          }

          @Override
          public void markDispatched(List<Long> sequences) {
            marks.add(List.copyOf(sequences));
            outbox.markDispatched(sequences);
          }
        };
      }
    }
  }
}
