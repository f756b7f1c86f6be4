package io.konversio.benchmarks.persistence;

import io.konversio.core.Actor;
import io.konversio.core.Desk;
import io.konversio.core.Konversio;
import io.konversio.core.account.Account;
import io.konversio.core.agent.Agent;
import io.konversio.core.agent.AgentRole;
import io.konversio.core.contact.Contact;
import io.konversio.core.contact.NewContact;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.MessagePost;
import io.konversio.core.conversation.NewConversation;
import io.konversio.core.event.DomainEvent;
import io.konversio.core.conversation.ConversationId;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.Inbox;
import io.konversio.jdbc.JdbcStore;
import io.konversio.jdbc.JdbcStore.Database;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * Messages persisted per second through Konversio on a {@link JdbcStore}, against raw JDBC inserts of the same
 * message rows into an equivalent table, in the same run and on the same database.
 *
 * <p>Through Konversio, each message is one command ({@code reply} by an agent or {@code receive} from the contact,
 * alternating) on one of the pre-created conversations: it reads the conversation, writes the message and the
 * updated conversation, appends its events to the outbox in the same transaction, commits, then the dispatcher
 * delivers the events to a no-op listener and marks them dispatched. Raw JDBC baselines insert the same rows into
 * {@code bench_raw_message}, a table with the message table's definition (same columns, keys and indexes, the
 * trigram search index on PostgreSQL included): one batch insert of all rows in ONE transaction, and one
 * transaction per row (the like-for-like case: a command is one transaction). A "lean" baseline batch-inserts
 * them into a table with the two b-tree indexes only, to show what the search index costs, and a "commit per call"
 * one repeats the batch into a table of the message table's definition with a commit after every
 * {@value #POST_ALL_SIZE} rows, as {@code postAll} commits once per call. A third Konversio figure runs
 * the same commands in the host's transactions ({@code JdbcStore.Builder.joinHostTransactions}) of
 * {@value #HOST_TRANSACTION_SIZE} messages each, the documented way for a host to group Konversio's writes in one
 * commit (listeners then see events before the host commits). Last, {@code postAll} and the raw batch run again
 * alternating call by call ("interleaved"), so that the ratio of the two does not depend on what the server was
 * doing during one phase or the other.
 *
 * <p>Run: {@code java -cp konversio-benchmarks/target/benchmarks.jar
 * io.konversio.benchmarks.persistence.MessagePersistenceBenchmark [h2|postgres|all] [messages] [conversations]}.
 * PostgreSQL is {@code jdbc:postgresql://127.0.0.1:5432/test} as {@code postgres} unless {@code KONVERSIO_PG_URL},
 * {@code KONVERSIO_PG_USER} and {@code KONVERSIO_PG_PASSWORD} say otherwise; the benchmark works in a schema of
 * its own, dropped at the end. Not thread-safe: one run at a time.
 */
public final class MessagePersistenceBenchmark {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  /** The figures of one database: messages per second of each way of writing them. */
  public record Result(String database, int messages, double konversioPerSecond,
      double konversioInHostTransactionsPerSecond, double konversioPostAllPerSecond, double rawBatchPerSecond,
      double rawBatchLeanPerSecond, double rawBatchCommitPerCallPerSecond, double rawPerRowTransactionPerSecond,
      long eventsDelivered, double interleavedPostAllPerSecond, double interleavedRawPerSecond) {

    /** How many times faster the raw batch insert is than Konversio's one command per message. */
    public double batchRatio() {
      return rawBatchPerSecond / konversioPerSecond;
    }

    /** How many times faster the raw batch insert is than Konversio's {@code postAll}: the target is at most 2. */
    public double postAllRatio() {
      return rawBatchPerSecond / konversioPostAllPerSecond;
    }

    /**
     * How many times faster the raw batch into the lean table (the message columns with only the two b-tree
     * indexes, no search index) is than {@code postAll}.
     */
    public double postAllLeanRatio() {
      return rawBatchLeanPerSecond / konversioPostAllPerSecond;
    }

    /**
     * How many times faster the raw batch is than {@code postAll} when it commits after every
     * {@value #POST_ALL_SIZE} rows, as {@code postAll} does once per call.
     */
    public double postAllPerCallCommitRatio() {
      return rawBatchCommitPerCallPerSecond / konversioPostAllPerSecond;
    }

    /**
     * How many times faster the raw batch is than {@code postAll} when the two alternate call by call (see
     * {@link MessagePersistenceBenchmark#interleaved}), so that both see the same state of the server.
     */
    public double interleavedRatio() {
      return interleavedRawPerSecond / interleavedPostAllPerSecond;
    }

    /** How many times faster a raw transaction per row is than Konversio. */
    public double perRowRatio() {
      return rawPerRowTransactionPerSecond / konversioPerSecond;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "%-10s messages=%d konversioPostAll%d=%.0f/s konversio=%.0f/s konversioHostTx%d=%.0f/s rawBatch=%.0f/s"
              + " (%.2fx postAll, %.1fx konversio, %.1fx hostTx) rawBatchLean=%.0f/s (%.2fx postAll)"
              + " rawBatchCommitPer%d=%.0f/s (%.2fx postAll) rawTxPerRow=%.0f/s (%.1fx konversio) events=%d"
              + " interleaved: postAll=%.0f/s rawBatch=%.0f/s (%.2fx postAll)",
          database, messages, POST_ALL_SIZE, konversioPostAllPerSecond, konversioPerSecond, HOST_TRANSACTION_SIZE,
          konversioInHostTransactionsPerSecond, rawBatchPerSecond, postAllRatio(), batchRatio(),
          rawBatchPerSecond / konversioInHostTransactionsPerSecond, rawBatchLeanPerSecond, postAllLeanRatio(),
          POST_ALL_SIZE, rawBatchCommitPerCallPerSecond, postAllPerCallCommitRatio(),
          rawPerRowTransactionPerSecond, perRowRatio(), eventsDelivered, interleavedPostAllPerSecond,
          interleavedRawPerSecond, interleavedRatio());
    }
  }

  /** Messages per {@code Conversations.postAll} call, as many as the raw baseline's JDBC batches hold. */
  public static final int POST_ALL_SIZE = 500;

  /** Messages per host transaction in the {@code joinHostTransactions} variant. */
  public static final int HOST_TRANSACTION_SIZE = 100;

  /**
   * The lean raw table: the message columns with the two b-tree indexes only, without the search index Konversio's
   * {@code message} table has on PostgreSQL.
   */
  private static String leanTable(String name) {
    return """
      create table %s (
        id bigint not null,
        account_id bigint not null,
        conversation_id bigint not null,
        message_type varchar(16) not null,
        private_note boolean not null,
        sender_kind varchar(16) not null,
        sender_id bigint not null,
        content text not null,
        attributes text not null,
        created_at timestamp with time zone not null,
        constraint pk_%s primary key (id)
      )""".formatted(name, name);
  }

  private static void createLeanTable(Statement s, String name) throws SQLException {
    s.execute(leanTable(name));
    s.execute("create index ix_" + name + "_conversation on " + name + " (conversation_id, created_at, id)");
    s.execute("create index ix_" + name + "_account on " + name + " (account_id, created_at)");
  }

  /**
   * With {@code -Dkonversio.bench.batchesOnly=true}, only {@code postAll} and the raw batches run (the 2x target
   * compares {@code postAll} with the raw batch); the one-command-per-message figures, which take minutes, print as
   * NaN.
   */
  private static final boolean BATCHES_ONLY = Boolean.getBoolean("konversio.bench.batchesOnly");

  private MessagePersistenceBenchmark() {
  }

  public static void main(String[] args) throws SQLException {
    String which = args.length > 0 ? args[0] : "all";
    int messages = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
    int conversations = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    if (which.equals("h2") || which.equals("all")) {
      System.out.println(h2(messages, conversations, messages / 5));
    }
    if (which.equals("postgres") || which.equals("all")) {
      System.out.println(postgres(messages, conversations, messages / 5));
    }
  }

  /** Runs on a fresh in-memory H2 database. */
  public static Result h2(int messages, int conversations, int warmUp) throws SQLException {
    String name = "kvbench_" + UUID.randomUUID().toString().replace("-", "");
    String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    try (Connection keepAlive = DriverManager.getConnection(url, "sa", "")) {
      try (JdbcStore store = JdbcStore.h2InMemory(name)) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        try {
          return run("h2-mem", store, pool, Database.H2, () -> DriverManager.getConnection(url, "sa", ""), messages,
              conversations, warmUp);
        } finally {
          pool.dispose();
        }
      } finally {
        try (Statement s = keepAlive.createStatement()) {
          s.execute("shutdown");
        }
      }
    }
  }

  /** Runs on the PostgreSQL server, in a schema of its own that is dropped afterwards. */
  public static Result postgres(int messages, int conversations, int warmUp) throws SQLException {
    String url = setting("KONVERSIO_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    String user = setting("KONVERSIO_PG_USER", "postgres");
    String password = setting("KONVERSIO_PG_PASSWORD", "");
    String schema = "kvbench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    execute(url, user, password, "create schema " + schema);
    String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
    source.setURL(schemaUrl);
    source.setUser(user);
    source.setPassword(password);
    JdbcConnectionPool pool = JdbcConnectionPool.create(source);
    try (JdbcStore store = JdbcStore.postgres(schemaUrl, user, password)) {
      return run("postgresql", store, pool, Database.POSTGRESQL,
          () -> DriverManager.getConnection(schemaUrl, user, password), messages, conversations, warmUp);
    } finally {
      pool.dispose();
      execute(url, user, password, "drop schema " + schema + " cascade");
    }
  }

  private static String setting(String name, String fallback) {
    String value = System.getProperty(name, System.getenv(name));
    return value == null || value.isBlank() ? fallback : value;
  }

  private static void execute(String url, String user, String password, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private interface Connector {
    Connection connect() throws SQLException;
  }

  /** One message row as the raw baselines write it. */
  private record Row(long id, long accountId, long conversationId, String messageType, String senderKind,
      long senderId, String content, Instant createdAt) {
  }

  private static Result run(String database, JdbcStore store, DataSource hostSource, Database kind, Connector raw,
      int messages, int conversations, int warmUp) throws SQLException {
    AtomicLong events = new AtomicLong();
    try (Konversio k = Konversio.builder().store(store).listener((DomainEvent e) -> events.incrementAndGet())
        .build()) {
      Account account = k.accounts().create("Bench");
      Desk desk = k.desk(account.id());
      Inbox inbox = desk.inboxes().create("Support", ChannelType.API);
      Agent agent = desk.agents().create("Alice", "alice@bench.test", AgentRole.AGENT);
      desk.agents().addToInbox(agent.id(), inbox.id());
      Contact contact = desk.contacts().create(NewContact.builder("Ada").email("ada@bench.test").build());
      List<ConversationId> ids = new ArrayList<>();
      for (int i = 0; i < conversations; i++) {
        Conversation c = desk.conversations().create(NewConversation.builder(inbox.id(), contact.id()).build(),
            Actor.contact(contact.id()));
        ids.add(c.id());
      }
      Actor alice = Actor.agent(agent.id());
      double konversio = Double.NaN;
      if (!BATCHES_ONLY) {
        for (int i = 0; i < warmUp; i++) {
          send(desk, ids, alice, i);
        }
        events.set(0);
        long start = System.nanoTime();
        for (int i = 0; i < messages; i++) {
          send(desk, ids, alice, i);
        }
        konversio = perSecond(messages, System.nanoTime() - start);
      }

      // The same messages through postAll, POST_ALL_SIZE per call: one transaction per call, with the same rows,
      // events, outbox and dispatch as one command per message.
      // alone (batchesOnly), postAll also gets the JIT warm-up that the commands above would have given
      postAll(desk, ids, alice, BATCHES_ONLY ? 5 * warmUp : warmUp);
      long batchStart = System.nanoTime();
      long cpuStart = CPU.getCurrentThreadCpuTime();
      postAll(desk, ids, alice, messages);
      long postAllNanos = System.nanoTime() - batchStart;
      double postAll = perSecond(messages, postAllNanos);
      // where the time goes: this thread's CPU (JSON, jOOQ, the driver) against waiting for the database
      System.err.printf(Locale.ROOT, "%s postAll: %.1f us per message, of which %.1f us on this thread's CPU%n",
          database, postAllNanos / 1e3 / messages, (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e3 / messages);

      // The same commands in the host's transactions of HOST_TRANSACTION_SIZE messages (joinHostTransactions):
      // each command still writes its message, conversation and outbox rows and its events are dispatched, but
      // the commit (and its WAL flush) is the host's, once per transaction.
      double hosted = BATCHES_ONLY ? Double.NaN : inHostTransactions(hostSource, kind, account, ids, alice, warmUp,
          messages, events);

      List<Row> rows = new ArrayList<>(messages);
      for (int i = 0; i < messages; i++) {
        boolean reply = i % 2 == 0;
        rows.add(new Row(i + 1L, account.id().value(), ids.get(i % ids.size()).value(),
            reply ? "outgoing" : "incoming", reply ? "agent" : "contact",
            reply ? agent.id().value() : contact.id().value(), content(i), Instant.now()));
      }
      try (Connection c = raw.connect()) {
        try (Statement s = c.createStatement()) {
          // the same table definition as Konversio's message table: columns, keys and every index, including the
          // trigram search index on PostgreSQL (LIKE ... INCLUDING ALL copies it); on H2 the lean definition is
          // the message table's
          if (kind == Database.POSTGRESQL) {
            s.execute("create table bench_raw_message (like message including all)");
            s.execute("create table bench_raw_per_call (like message including all)");
          } else {
            createLeanTable(s, "bench_raw_message");
            createLeanTable(s, "bench_raw_per_call");
          }
          createLeanTable(s, "bench_raw_lean");
        }
        List<Row> warmRows = rows.subList(0, Math.min(warmUp, rows.size()));
        rawBatch(c, "bench_raw_message", warmRows, 0, false);
        rawBatch(c, "bench_raw_lean", warmRows, 0, false);
        rawBatch(c, "bench_raw_per_call", warmRows, 0, true);
        if (!BATCHES_ONLY) {
          rawPerRow(c, warmRows, 1_000_000_000L);
        }
        long t0 = System.nanoTime();
        rawBatch(c, "bench_raw_message", rows, 2_000_000_000L, false);
        double batch = perSecond(messages, System.nanoTime() - t0);
        long tLean = System.nanoTime();
        rawBatch(c, "bench_raw_lean", rows, 2_000_000_000L, false);
        double lean = perSecond(messages, System.nanoTime() - tLean);
        // the same batches, each committed as it goes: postAll's transaction per call
        long tPerCall = System.nanoTime();
        rawBatch(c, "bench_raw_per_call", rows, 2_000_000_000L, true);
        double perCall = perSecond(messages, System.nanoTime() - tPerCall);
        double perRow = Double.NaN;
        if (!BATCHES_ONLY) {
          long t1 = System.nanoTime();
          rawPerRow(c, rows, 3_000_000_000L);
          perRow = perSecond(messages, System.nanoTime() - t1);
        }
        double[] interleaved = interleaved(desk, ids, alice, c, kind, rows);
        return new Result(database, messages, konversio, hosted, postAll, batch, lean, perCall, perRow,
            events.get(), interleaved[0], interleaved[1]);
      }
    }
  }

  /**
   * {@code postAll} and the raw batch (commit per batch) of the same {@value #POST_ALL_SIZE} rows, alternating call
   * by call, which goes first alternating too: both see the same state of the server (checkpoints, autovacuum, other
   * load on a shared machine), which otherwise moves the raw figure by a third from one run to the next. Returns
   * messages per second of each, timed over their own calls only.
   */
  private static double[] interleaved(Desk desk, List<ConversationId> ids, Actor agent, Connection c,
      Database kind, List<Row> rows) throws SQLException {
    try (Statement s = c.createStatement()) {
      if (kind == Database.POSTGRESQL) {
        s.execute("create table bench_raw_interleaved (like message including all)");
      } else {
        createLeanTable(s, "bench_raw_interleaved");
      }
    }
    long postAllNanos = 0;
    long rawNanos = 0;
    // by what ran just before (0: postAll, 1: the raw batch): does one leave the server work that slows the other?
    long[][] nanosAfter = new long[2][2];
    int[][] callsAfter = new int[2][2];
    int previous = -1;
    for (int from = 0, call = 0; from < rows.size(); from += POST_ALL_SIZE, call++) {
      List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + POST_ALL_SIZE));
      for (int turn = 0; turn < 2; turn++) {
        long start = System.nanoTime();
        int which = (turn + call) % 2;
        if (which == 0) {
          postAll(desk, ids, agent, chunk.size());
        } else {
          rawBatch(c, "bench_raw_interleaved", chunk, 4_000_000_000L, true);
        }
        long nanos = System.nanoTime() - start;
        if (which == 0) {
          postAllNanos += nanos;
        } else {
          rawNanos += nanos;
        }
        if (previous >= 0) {
          nanosAfter[which][previous] += nanos;
          callsAfter[which][previous]++;
        }
        previous = which;
      }
    }
    System.err.printf(Locale.ROOT, "interleaved calls, ms each: postAll after postAll %.2f, after raw %.2f;"
            + " raw after postAll %.2f, after raw %.2f%n", millis(nanosAfter[0][0], callsAfter[0][0]),
        millis(nanosAfter[0][1], callsAfter[0][1]), millis(nanosAfter[1][0], callsAfter[1][0]),
        millis(nanosAfter[1][1], callsAfter[1][1]));
    return new double[] {perSecond(rows.size(), postAllNanos), perSecond(rows.size(), rawNanos)};
  }

  private static double inHostTransactions(DataSource hostSource, Database kind, Account account,
      List<ConversationId> ids, Actor alice, int warmUp, int messages, AtomicLong events) throws SQLException {
    BoundDataSource bound = new BoundDataSource(hostSource);
    try (JdbcStore hostStore = JdbcStore.builder(bound).joinHostTransactions(true).migrate(false).database(kind)
        .build(); Konversio hk = Konversio.builder().store(hostStore)
        .listener((DomainEvent e) -> events.incrementAndGet()).build()) {
      Desk hostDesk = hk.desk(account.id());
      inHostTransactions(bound, hostDesk, ids, alice, warmUp);
      long hostStart = System.nanoTime();
      inHostTransactions(bound, hostDesk, ids, alice, messages);
      return perSecond(messages, System.nanoTime() - hostStart);
    }
  }

  private static void inHostTransactions(BoundDataSource bound, Desk desk, List<ConversationId> ids, Actor agent,
      int count) throws SQLException {
    for (int i = 0; i < count; i += HOST_TRANSACTION_SIZE) {
      bound.begin();
      boolean ok = false;
      try {
        for (int j = i; j < Math.min(count, i + HOST_TRANSACTION_SIZE); j++) {
          send(desk, ids, agent, j);
        }
        ok = true;
      } finally {
        bound.end(ok);
      }
    }
  }

  /** A host's transaction manager reduced to what the benchmark needs: one bound connection per thread. */
  private static final class BoundDataSource implements DataSource {
    private final DataSource target;
    private final ThreadLocal<@Nullable Connection> bound = new ThreadLocal<>();

    BoundDataSource(DataSource target) {
      this.target = target;
    }

    void begin() throws SQLException {
      Connection c = target.getConnection();
      c.setAutoCommit(false);
      bound.set(c);
    }

    void end(boolean commit) throws SQLException {
      Connection c = bound.get();
      bound.remove();
      if (c == null) {
        return;
      }
      try {
        if (commit) {
          c.commit();
        } else {
          c.rollback();
        }
        c.setAutoCommit(true);
      } finally {
        c.close();
      }
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection c = bound.get();
      if (c == null) {
        return target.getConnection();
      }
      return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
          (proxy, method, args) -> {
            if (method.getName().equals("close")) {
              return null;
            }
            try {
              return method.invoke(c, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
      return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
      target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
      target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
      return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      return target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
      return target.isWrapperFor(iface);
    }
  }

  private static void postAll(Desk desk, List<ConversationId> ids, Actor agent, int count) {
    List<MessagePost> posts = new ArrayList<>(POST_ALL_SIZE);
    for (int i = 0; i < count; i++) {
      ConversationId id = ids.get(i % ids.size());
      posts.add(i % 2 == 0 ? MessagePost.reply(id, content(i), agent) : MessagePost.incoming(id, content(i)));
      if (posts.size() == POST_ALL_SIZE || i == count - 1) {
        desk.conversations().postAll(posts);
        posts.clear();
      }
    }
  }

  private static void send(Desk desk, List<ConversationId> ids, Actor agent, int i) {
    ConversationId id = ids.get(i % ids.size());
    if (i % 2 == 0) {
      desk.conversations().reply(id, content(i), agent);
    } else {
      desk.conversations().receive(id, content(i));
    }
  }

  private static String content(int i) {
    return "Message " + i + ": thanks, the invoice for order " + (1000 + i) + " is attached.";
  }

  private static double millis(long nanos, int calls) {
    return calls == 0 ? Double.NaN : nanos / 1e6 / calls;
  }

  private static double perSecond(int count, long nanos) {
    return count / (nanos / 1e9);
  }

  private static String insert(String table) {
    return "insert into " + table + " (id, account_id, conversation_id, message_type, private_note, sender_kind,"
        + " sender_id, content, attributes, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  }

  /**
   * JDBC batches of {@value #POST_ALL_SIZE} rows in one transaction, or, with {@code commitEachBatch}, a
   * transaction per batch.
   */
  private static void rawBatch(Connection c, String table, List<Row> rows, long idOffset, boolean commitEachBatch)
      throws SQLException {
    c.setAutoCommit(false);
    try (PreparedStatement ps = c.prepareStatement(insert(table))) {
      int n = 0;
      for (Row row : rows) {
        bind(ps, row, idOffset);
        ps.addBatch();
        if (++n % POST_ALL_SIZE == 0) {
          ps.executeBatch();
          if (commitEachBatch) {
            c.commit();
          }
        }
      }
      ps.executeBatch();
      c.commit();
    } finally {
      c.setAutoCommit(true);
    }
  }

  /** One transaction (one insert, one commit) per row. */
  private static void rawPerRow(Connection c, List<Row> rows, long idOffset) throws SQLException {
    c.setAutoCommit(false);
    try (PreparedStatement ps = c.prepareStatement(insert("bench_raw_message"))) {
      for (Row row : rows) {
        bind(ps, row, idOffset);
        ps.executeUpdate();
        c.commit();
      }
    } finally {
      c.setAutoCommit(true);
    }
  }

  private static void bind(PreparedStatement ps, Row row, long idOffset) throws SQLException {
    ps.setLong(1, row.id() + idOffset);
    ps.setLong(2, row.accountId());
    ps.setLong(3, row.conversationId());
    ps.setString(4, row.messageType());
    ps.setBoolean(5, false);
    ps.setString(6, row.senderKind());
    ps.setLong(7, row.senderId());
    ps.setString(8, row.content());
    ps.setString(9, "{}");
    ps.setTimestamp(10, Timestamp.from(row.createdAt()));
  }
}
