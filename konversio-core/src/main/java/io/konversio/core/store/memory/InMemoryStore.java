package io.konversio.core.store.memory;

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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * Keeps everything in memory: Konversio's default store, and the reference the other stores are tested against.
 * Thread-safe: write transactions are serialized by a lock and undone entirely when they throw; read
 * transactions run concurrently with each other and see only committed data. Nothing survives the JVM.
 */
public final class InMemoryStore implements DataStore {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final MemoryData data = new MemoryData();
  private final Map<String, Long> sequences = new HashMap<>();

  private InMemoryStore() {
  }

  /** A new, empty in-memory store. */
  public static InMemoryStore create() {
    return new InMemoryStore();
  }

  @Override
  public <T> T read(Function<StoreTransaction, T> work) {
    if (lock.isWriteLockedByCurrentThread()) {
      throw new IllegalStateException("a read transaction cannot start inside a write transaction");
    }
    lock.readLock().lock();
    try {
      return work.apply(new Tx(null));
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public <T> T write(Function<StoreTransaction, T> work) {
    if (lock.getReadHoldCount() > 0 || lock.isWriteLockedByCurrentThread()) {
      throw new IllegalStateException("transactions of the in-memory store do not nest");
    }
    lock.writeLock().lock();
    Deque<Runnable> undo = new ArrayDeque<>();
    try {
      T result = work.apply(new Tx(undo));
      undo.clear();
      return result;
    } catch (RuntimeException | Error e) {
      while (!undo.isEmpty()) {
        undo.pop().run();
      }
      throw e;
    } finally {
      lock.writeLock().unlock();
    }
  }

  private final class Tx implements StoreTransaction {
    private final Journal journal;

    Tx(Deque<Runnable> undo) {
      this.journal = new Journal(undo);
    }

    @Override
    public long nextId(String sequence) {
      journal.checkWritable();
      Long previous = sequences.get(sequence);
      long next = previous == null ? 1 : previous + 1;
      journal.put(sequences, sequence, next);
      return next;
    }

    @Override
    public AccountStore accounts() {
      return new MemoryAccounts(data, journal);
    }

    @Override
    public InboxStore inboxes() {
      return new MemoryInboxes(data, journal);
    }

    @Override
    public AgentStore agents() {
      return new MemoryAgents(data, journal);
    }

    @Override
    public TeamStore teams() {
      return new MemoryTeams(data, journal);
    }

    @Override
    public ContactStore contacts() {
      return new MemoryContacts(data, journal);
    }

    @Override
    public LabelStore labels() {
      return new MemoryLabels(data, journal);
    }

    @Override
    public AttributeStore attributes() {
      return new MemoryAttributes(data, journal);
    }

    @Override
    public ConversationStore conversations() {
      return new MemoryConversations(data, journal);
    }

    @Override
    public MessageStore messages() {
      return new MemoryMessages(data, journal);
    }

    @Override
    public NotificationStore notifications() {
      return new MemoryNotifications(data, journal);
    }

    @Override
    public SavedFilterStore savedFilters() {
      return new MemorySavedFilters(data, journal);
    }

    @Override
    public DueWorkStore dueWork() {
      return new MemoryDueWork(data, journal);
    }

    @Override
    public OutboxStore outbox() {
      return new MemoryOutbox(data, journal);
    }
  }
}
