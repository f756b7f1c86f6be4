package io.konversio.core;

import io.konversio.core.account.AccountId;
import io.konversio.core.account.Accounts;
import io.konversio.core.contact.Contact;
import io.konversio.core.conversation.ConversationId;
import io.konversio.core.conversation.Conversations;
import io.konversio.core.conversation.MessageType;
import io.konversio.core.duework.DueItem;
import io.konversio.core.duework.DueWorkHandler;
import io.konversio.core.event.DomainEvent;
import io.konversio.core.event.EventListener;
import io.konversio.core.event.MessageCreated;
import io.konversio.core.event.NotificationCreated;
import io.konversio.core.inbox.Inbox;
import io.konversio.core.internal.Dispatcher;
import io.konversio.core.internal.Kernel;
import io.konversio.core.internal.StoredAccounts;
import io.konversio.core.internal.StoredConversations;
import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.Extension;
import io.konversio.core.spi.NotificationSink;
import io.konversio.core.spi.OutboundChannel;
import io.konversio.core.store.memory.InMemoryStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The root of Konversio: build one per application, share it between threads, and work on an account through
 * {@link #desk(AccountId)}. Thread-safe.
 *
 * <pre>{@code
 * Konversio konversio = Konversio.builder()
 *     .clock(Clock.systemUTC())
 *     .listener(event -> log.info("{}", event.name()))
 *     .build();
 * Account acme = konversio.accounts().create("Acme");
 * Desk desk = konversio.desk(acme.id());
 * }</pre>
 *
 * <p>Timed work (snooze wake-ups, retries) runs when the host calls {@link #runDueWork()} from its own scheduler,
 * or every interval set with {@link Builder#runDueWorkEvery(Duration)}; {@link #close()} stops that.
 */
public final class Konversio implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Konversio.class);
  private static final int DUE_BATCH = 100;
  private static final Duration DUE_LEASE = Duration.ofMinutes(5);

  private final Kernel kernel;
  private final Accounts accounts;
  private final Map<String, DueWorkHandler> dueWorkHandlers;
  private final Set<String> schedulableKinds;
  private final @Nullable ScheduledExecutorService scheduler;

  private Konversio(Builder b) {
    DataStore store = b.store != null ? b.store : InMemoryStore.create();
    List<EventListener> ordered = new ArrayList<>();
    for (DispatchStage stage : DispatchStage.values()) {
      if (stage == DispatchStage.NOTIFICATIONS) {
        ordered.add(new SinkListener(b.notificationSink, b.outboundChannel, store));
      }
      ordered.addAll(b.listeners.getOrDefault(stage, List.of()));
    }
    this.kernel = new Kernel(b.clock, store, new Dispatcher(store, ordered));
    this.accounts = new StoredAccounts(kernel);
    Map<String, DueWorkHandler> handlers = new HashMap<>(b.dueWorkHandlers);
    this.schedulableKinds = Set.copyOf(b.dueWorkHandlers.keySet());
    handlers.put(Conversations.SNOOZE_WAKEUP_KIND, (k, item) -> StoredConversations.wakeUp(k.kernel, item.accountId(),
        ConversationId.of(Long.parseLong(item.payload())), item.dueAt()));
    this.dueWorkHandlers = Map.copyOf(handlers);
    for (Extension extension : b.extensions) {
      extension.started(this);
    }
    kernel.dispatcher().dispatchPending();
    if (b.dueWorkInterval != null) {
      long millis = b.dueWorkInterval.toMillis();
      scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "konversio-due-work");
        t.setDaemon(true);
        return t;
      });
      scheduler.scheduleWithFixedDelay(this::runDueWorkLogged, millis, millis, TimeUnit.MILLISECONDS);
    } else {
      scheduler = null;
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Creates and finds accounts. */
  public Accounts accounts() {
    return accounts;
  }

  /** The desk of one account; throws {@link NotFoundException} if the account does not exist. */
  public Desk desk(AccountId account) {
    Objects.requireNonNull(account, "account");
    accounts.get(account);
    return new Desk(kernel, account);
  }

  /** The clock Konversio reads time from. */
  public Clock clock() {
    return kernel.clock();
  }

  /**
   * Schedules an item of due work for a kind whose handler was registered with
   * {@link Builder#dueWorkHandler(String, DueWorkHandler)}: the handler runs it on the first
   * {@link #runDueWork()} at or after {@code dueAt}. Scheduling a key that is already scheduled replaces that item
   * (claimed or not), so a handler may reschedule its own key to run again later. Keys are unique across all
   * accounts and kinds: prefix them with the kind, e.g. {@code webhook.delivery:<id>}. Writes in its own
   * transaction; call it outside any store transaction (listeners and handlers may call it).
   *
   * @throws InvalidInputException naming {@code kind} when no handler is registered for it (Konversio's own kinds
   *     included), or naming {@code key} when it is blank
   * @throws NotFoundException if the account does not exist
   */
  public void scheduleDueWork(AccountId account, String kind, String key, String payload, Instant dueAt) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(dueAt, "dueAt");
    InvalidInputException.check(schedulableKinds.contains(kind), "kind", kind,
        "no due-work handler is registered for this kind");
    InvalidInputException.check(!key.isBlank(), "key", key, "must not be blank");
    accounts.get(account);
    kernel.store().write(tx -> {
      tx.dueWork().schedule(new DueItem(0, account, kind, key, payload, dueAt, 0));
      return null;
    });
  }

  /** Runs the work that is due by the clock's current time; returns how many items ran successfully. */
  public int runDueWork() {
    return runDueWork(kernel.clock().instant());
  }

  /**
   * Runs the work due at {@code now}: claims due items atomically (several nodes may poll one database), runs each
   * with its handler, and retries a failed item later with exponential backoff (1, 2, 4 ... 60 minutes).
   * Returns how many items ran successfully.
   */
  public int runDueWork(Instant now) {
    Objects.requireNonNull(now, "now");
    int done = 0;
    while (true) {
      List<DueItem> claimed = kernel.store().write(tx -> tx.dueWork().claim(now, DUE_BATCH, DUE_LEASE));
      if (claimed.isEmpty()) {
        return done;
      }
      for (DueItem item : claimed) {
        if (runOne(item, now)) {
          done++;
        }
      }
      if (claimed.size() < DUE_BATCH) {
        return done;
      }
    }
  }

  private boolean runOne(DueItem item, Instant now) {
    DueWorkHandler handler = dueWorkHandlers.get(item.kind());
    try {
      if (handler == null) {
        throw new IllegalStateException("no handler for due work of kind " + item.kind());
      }
      handler.run(this, item);
      kernel.store().write(tx -> {
        tx.dueWork().complete(item);
        return null;
      });
      return true;
    } catch (RuntimeException e) {
      long minutes = Math.min(60, 1L << Math.min(item.attempts(), 6));
      LOG.warn("due work {} ({}) failed on attempt {}; retrying in {} min", item.key(), item.kind(),
          item.attempts() + 1, minutes, e);
      kernel.store().write(tx -> {
        tx.dueWork().retry(item, now.plus(Duration.ofMinutes(minutes)));
        return null;
      });
      return false;
    }
  }

  private void runDueWorkLogged() {
    try {
      runDueWork();
    } catch (RuntimeException e) {
      LOG.error("running due work failed", e);
    }
    try {
      // events left by another node that died holding the turn to dispatch go out once its turn has run out
      dispatchPending();
    } catch (RuntimeException e) {
      LOG.error("dispatching pending events failed", e);
    }
  }

  /** Delivers events that are stored but not yet dispatched, e.g. after a crash; build() does this too. */
  public void dispatchPending() {
    kernel.dispatcher().dispatchPending();
  }

  /** Stops the due-work scheduler, if one was started. Konversio's data stays in its store. */
  @Override
  public void close() {
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
  }

  /** Delivers notifications to the host's sink and customer-facing messages to its outbound channel. */
  private static final class SinkListener implements EventListener {
    private final NotificationSink sink;
    /** Null when the host set none: then no message needs the reads of a send. */
    private final @Nullable OutboundChannel channel;
    private final DataStore store;

    SinkListener(NotificationSink sink, @Nullable OutboundChannel channel, DataStore store) {
      this.sink = sink;
      this.channel = channel;
      this.store = store;
    }

    @Override
    public void onEvent(DomainEvent event) {
      if (event instanceof NotificationCreated created) {
        sink.deliver(created.notification());
      } else if (event instanceof MessageCreated created && created.message().isCustomerVisible()
          && created.message().type() != MessageType.INCOMING) {
        OutboundChannel channel = this.channel;
        if (channel == null) {
          return;
        }
        // Read, then send outside the transaction: the channel may be slow, and may write to Konversio itself.
        AccountId account = created.accountId();
        Optional<Map.Entry<Inbox, Contact>> found = store.read(tx -> tx.inboxes()
            .find(account, created.conversation().inboxId())
            .flatMap(inbox -> tx.contacts().find(account, created.conversation().contactId())
                .map(contact -> Map.entry(inbox, contact))));
        found.ifPresent(f -> channel.send(f.getKey(), created.conversation(), f.getValue(), created.message()));
      }
    }

    @Override
    public String toString() {
      return "notification and outbound delivery";
    }
  }

  /** Configures a {@link Konversio}. Each setter validates its argument at once. Not thread-safe. */
  public static final class Builder {
    // microseconds: what PostgreSQL and H2 keep, so that values returned by commands equal those read back
    private Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    private @Nullable DataStore store;
    private final Map<DispatchStage, List<EventListener>> listeners = new EnumMap<>(DispatchStage.class);
    private NotificationSink notificationSink = NotificationSink.none();
    private @Nullable OutboundChannel outboundChannel;
    private final Map<String, DueWorkHandler> dueWorkHandlers = new HashMap<>();
    private @Nullable Duration dueWorkInterval;
    private final List<Extension> extensions = new ArrayList<>();

    private Builder() {
    }

    /** Installs a module such as automation rules: it configures this builder now and is started on build. */
    public Builder extension(Extension value) {
      Objects.requireNonNull(value, "extension");
      if (extensions.contains(value)) {
        throw new IllegalArgumentException("extension " + value + " is already installed");
      }
      extensions.add(value);
      value.configure(this);
      return this;
    }

    /**
     * The clock for every timestamp; tests pass a clock they move. Default: the UTC system clock, ticking in
     * microseconds (database stores keep no finer time).
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** Where data lives. Default: a new in-memory store. */
    public Builder store(DataStore value) {
      this.store = Objects.requireNonNull(value, "store");
      return this;
    }

    /** Adds a host listener; it sees events after automation, reporting and notifications. */
    public Builder listener(EventListener value) {
      return listener(DispatchStage.HOST, value);
    }

    /** Adds a listener at a stage; listeners of a stage run in the order they were added. */
    public Builder listener(DispatchStage stage, EventListener value) {
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(value, "listener");
      listeners.computeIfAbsent(stage, s -> new ArrayList<>()).add(value);
      return this;
    }

    /** Receives each stored notification, e.g. to send email or push. Default: none. */
    public Builder notificationSink(NotificationSink value) {
      this.notificationSink = Objects.requireNonNull(value, "notificationSink");
      return this;
    }

    /** Delivers replies and templates to contacts; never receives private notes. Default: none. */
    public Builder outboundChannel(OutboundChannel value) {
      this.outboundChannel = Objects.requireNonNull(value, "outboundChannel");
      return this;
    }

    /** Registers the handler of a kind of due work (modules use this for their timers). */
    public Builder dueWorkHandler(String kind, DueWorkHandler handler) {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(handler, "handler");
      if (kind.equals(Conversations.SNOOZE_WAKEUP_KIND) || dueWorkHandlers.containsKey(kind)) {
        throw new IllegalArgumentException("a handler for due work of kind " + kind + " is already registered");
      }
      dueWorkHandlers.put(kind, handler);
      return this;
    }

    /** Runs due work on a daemon thread every {@code interval} (at least 100 ms) until {@link #close()}. */
    public Builder runDueWorkEvery(Duration interval) {
      Objects.requireNonNull(interval, "interval");
      if (interval.toMillis() < 100) {
        throw new IllegalArgumentException("interval must be at least 100 ms: " + interval);
      }
      this.dueWorkInterval = interval;
      return this;
    }

    public Konversio build() {
      return new Konversio(this);
    }
  }
}
