package io.konversio.jdbc;

import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.StoreTransaction;
import io.konversio.jdbc.internal.JooqDataStore;
import io.konversio.jdbc.internal.JooqRuleStore;
import io.konversio.jdbc.internal.JooqWebhookDeliveryLog;
import io.konversio.jdbc.internal.Migrations;
import io.konversio.rules.spi.RuleStore;
import io.konversio.rules.webhook.WebhookDeliveryLog;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.SQLDialect;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * Konversio's data in a relational database: H2 (embedded, the default) or PostgreSQL (production, several
 * application nodes on one database). Pass it to {@code Konversio.builder().store(...)}. Thread-safe.
 *
 * <pre>{@code
 * JdbcStore store = JdbcStore.h2File(Path.of("data/konversio"));      // or JdbcStore.create(hostDataSource)
 * Konversio konversio = Konversio.builder().store(store).build();
 * }</pre>
 *
 * <p><b>Automation rules.</b> {@link #ruleStore()} keeps konversio-rules' automation rules in the same database:
 * {@code Automation.builder().ruleStore(store.ruleStore())}; {@link #webhookDeliveryLog()} keeps the webhook delivery
 * log there too: {@code Webhooks.builder()...deliveryLog(store.webhookDeliveryLog())}.
 *
 * <p><b>Schema.</b> On creation the store runs its Flyway migrations (tables, indexes and sequences in the
 * connection's current schema, history in {@code flyway_schema_history}) unless {@link Builder#migrate(boolean)}
 * turns that off; re-running them is a no-op.
 *
 * <p><b>Transactions.</b> Every {@link #read} and {@link #write} takes a connection from the data source, turns
 * auto-commit off, runs the work and commits it (or rolls it back when the work throws), then closes the
 * connection. A host that wants Konversio's writes inside its own transaction passes a data source that hands out
 * the connection bound to the current transaction (e.g. Spring's {@code TransactionAwareDataSourceProxy}) and
 * turns on {@link Builder#joinHostTransactions(boolean)}: Konversio's work then commits or rolls back with the
 * host's transaction. Konversio dispatches a change's events right after its work returns, so in that mode
 * listeners may see events of a host transaction that later rolls back (the events and the change are then
 * gone from the database).
 *
 * <p><b>Concurrency.</b> Conversation updates are optimistic ({@code WHERE version = ?}); a stale one throws
 * {@code StaleConversationException} and writes nothing. Display ids, round-robin tickets and due work claims use
 * row locks ({@code FOR UPDATE SKIP LOCKED} on PostgreSQL), so several nodes may share one database. Ids come from
 * database sequences: a rolled back write leaves a gap. Reads run at the database's default isolation (read
 * committed), so a page and its total may disagree by a concurrent write. On H2, writers wait for each other's row
 * locks for {@code LOCK_TIMEOUT} (the factories set 10 s; H2's default is 1 s): add {@code ;LOCK_TIMEOUT=10000} to
 * the URL of a host's H2 data source that has concurrent writers.
 *
 * <p><b>Time.</b> Timestamps are {@code timestamp with time zone}, which both databases keep to the microsecond:
 * instants are truncated to microseconds when stored. Konversio's default clock ticks in microseconds; a host that
 * passes its own clock should do the same ({@code Clock.tick(clock, Duration.ofNanos(1000))}), or values returned
 * by commands may differ from the same values read back in their sub-microsecond digits.
 */
public final class JdbcStore implements DataStore, AutoCloseable {
  private static final Pattern H2_NAME = Pattern.compile("[A-Za-z0-9_-]{1,100}");

  /** The databases the store supports. Immutable; thread-safe. */
  public enum Database {
    H2, POSTGRESQL
  }

  /** How long {@link #webhookDeliveryLog()} keeps attempts: 30 days. */
  public static final Duration DEFAULT_WEBHOOK_LOG_RETENTION = Duration.ofDays(30);

  private final JooqDataStore delegate;
  private final RuleStore ruleStore;
  private final WebhookDeliveryLog webhookDeliveryLog;
  private final Database database;
  private final @Nullable JdbcConnectionPool ownedPool;

  private JdbcStore(Builder b) {
    this.database = b.database != null ? b.database : detect(b.dataSource);
    this.ownedPool = b.ownedPool;
    if (b.migrate) {
      Migrations.migrate(b.dataSource, database == Database.POSTGRESQL);
    }
    this.delegate = new JooqDataStore(b.dataSource,
        database == Database.POSTGRESQL ? SQLDialect.POSTGRES : SQLDialect.H2, b.joinHostTransactions);
    this.ruleStore = new JooqRuleStore(delegate, Clock.systemUTC());
    this.webhookDeliveryLog = new JooqWebhookDeliveryLog(delegate, DEFAULT_WEBHOOK_LOG_RETENTION);
  }


  /** A store on the host's data source, migrated on creation; the database is detected from a connection. */
  public static JdbcStore create(DataSource dataSource) {
    return builder(dataSource).build();
  }

  /** Configures a store on the host's data source. */
  public static Builder builder(DataSource dataSource) {
    return new Builder(Objects.requireNonNull(dataSource, "dataSource"), null);
  }

  /**
   * A store in an embedded H2 database file ({@code file} plus H2's {@code .mv.db} suffix), created if absent,
   * with a small connection pool that {@link #close()} disposes. Only one JVM may open the file at a time.
   */
  public static JdbcStore h2File(Path file) {
    Objects.requireNonNull(file, "file");
    String path = file.toAbsolutePath().toString();
    if (path.contains(";")) {
      throw new IllegalArgumentException("file must not contain ';' (H2 reads it as a setting): " + file);
    }
    if (path.endsWith(".mv.db")) {
      path = path.substring(0, path.length() - ".mv.db".length());
    }
    return h2("jdbc:h2:file:" + path + ";LOCK_TIMEOUT=10000");
  }

  /**
   * A store in a named in-memory H2 database that lives as long as the JVM (stores created with the same name
   * share it), with a connection pool that {@link #close()} disposes.
   */
  public static JdbcStore h2InMemory(String name) {
    Objects.requireNonNull(name, "name");
    if (!H2_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("name must be 1 to 100 letters, digits, '_' or '-': " + name);
    }
    return h2("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
  }

  private static JdbcStore h2(String url) {
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
    pool.setMaxConnections(32);
    return build(new Builder(pool, pool), Database.H2);
  }

  /**
   * A store on PostgreSQL at a JDBC URL ({@code jdbc:postgresql://host:5432/db}, optionally with
   * {@code ?currentSchema=...}), with a small connection pool that {@link #close()} disposes. Production hosts
   * usually pass their own pooled data source to {@link #create(DataSource)} instead.
   */
  public static JdbcStore postgres(String url, String user, String password) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("url must start with jdbc:postgresql: " + url);
    }
    PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
    source.setURL(url);
    source.setUser(user);
    source.setPassword(password);
    JdbcConnectionPool pool = JdbcConnectionPool.create(source);
    pool.setMaxConnections(32);
    return build(new Builder(pool, pool), Database.POSTGRESQL);
  }

  private static JdbcStore build(Builder builder, Database database) {
    JdbcConnectionPool pool = Objects.requireNonNull(builder.ownedPool);
    try {
      return builder.database(database).build();
    } catch (RuntimeException e) {
      pool.dispose();
      throw e;
    }
  }

  private static Database detect(DataSource dataSource) {
    String product;
    try (Connection connection = dataSource.getConnection()) {
      product = connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new StoreAccessException("cannot connect to detect the database: " + e.getMessage(), e);
    }
    String lower = product.toLowerCase(Locale.ROOT);
    if (lower.equals("h2")) {
      return Database.H2;
    }
    if (lower.contains("postgres")) {
      return Database.POSTGRESQL;
    }
    throw new IllegalArgumentException("unsupported database (H2 and PostgreSQL are): " + product);
  }

  /** The database this store runs on. */
  public Database database() {
    return database;
  }

  /**
   * The automation rules in this database, for {@code Automation.builder().ruleStore(...)} of konversio-rules:
   * rules created through Automation then survive a restart, and every node on the database sees them (the other
   * nodes notice a change through the account's revision within {@code Automation}'s refresh interval). Each call of the rule store is one
   * transaction, handled as {@link #read} and {@link #write} handle theirs (it joins the host's transaction when
   * {@link Builder#joinHostTransactions(boolean)} is on). The same instance on every call; thread-safe.
   */
  public RuleStore ruleStore() {
    return ruleStore;
  }

  /**
   * The webhook delivery log in this database, for {@code Webhooks.builder().deliveryLog(...)} of konversio-rules:
   * every attempt (status code, error, outcome) survives a restart and is listed on every node. Attempts older than
   * {@link #DEFAULT_WEBHOOK_LOG_RETENTION} before the newest are deleted as new ones come. The same instance on
   * every call; thread-safe.
   */
  public WebhookDeliveryLog webhookDeliveryLog() {
    return webhookDeliveryLog;
  }

  /** A webhook delivery log in this database that keeps attempts for {@code retention} (positive). */
  public WebhookDeliveryLog webhookDeliveryLog(Duration retention) {
    return new JooqWebhookDeliveryLog(delegate, retention);
  }

  @Override
  public <T> T read(Function<StoreTransaction, T> work) {
    return delegate.read(work);
  }

  @Override
  public <T> T write(Function<StoreTransaction, T> work) {
    return delegate.write(work);
  }

  /** Disposes the connection pool if this store created it (the factories do); a host's data source stays open. */
  @Override
  public void close() {
    if (ownedPool != null) {
      ownedPool.dispose();
    }
  }

  @Override
  public String toString() {
    return "JdbcStore[" + database + "]";
  }

  /** Configures a {@link JdbcStore}. Not thread-safe. */
  public static final class Builder {
    private final DataSource dataSource;
    private final @Nullable JdbcConnectionPool ownedPool;
    private boolean migrate = true;
    private boolean joinHostTransactions;
    private @Nullable Database database;

    private Builder(DataSource dataSource, @Nullable JdbcConnectionPool ownedPool) {
      this.dataSource = dataSource;
      this.ownedPool = ownedPool;
    }

    /** Whether to run the schema migrations on creation. Default: true. */
    public Builder migrate(boolean value) {
      this.migrate = value;
      return this;
    }

    /**
     * Whether Konversio's work joins the host's transaction when there is one. When true, a connection that the
     * data source hands out with auto-commit <em>off</em> is taken as the host's open transaction (as Spring's
     * {@code TransactionAwareDataSourceProxy} hands out inside {@code @Transactional} code): the store runs its
     * work in a savepoint of it, never commits, and rolls back only to that savepoint when the work fails; the
     * host's commit or rollback decides. Connections with auto-commit on get a transaction of their own as usual,
     * so the data source must hand out auto-commit connections outside the host's transactions. Default: false,
     * every read and write commits on its own.
     */
    public Builder joinHostTransactions(boolean value) {
      this.joinHostTransactions = value;
      return this;
    }

    /** The database, when detecting it from a connection's metadata is not wanted. Default: detected. */
    public Builder database(Database value) {
      this.database = Objects.requireNonNull(value, "database");
      return this;
    }

    /** Connects (to detect the database), migrates unless turned off, and returns the store. */
    public JdbcStore build() {
      return new JdbcStore(this);
    }
  }
}
