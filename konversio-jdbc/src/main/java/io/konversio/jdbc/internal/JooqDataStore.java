package io.konversio.jdbc.internal;

import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.StoreTransaction;
import io.konversio.jdbc.StoreAccessException;
import io.konversio.jdbc.internal.schema.DefaultSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultConnectionProvider;
import org.jooq.impl.SQLDataType;

/**
 * The jOOQ store: each transaction takes a connection from the data source, turns auto-commit off, runs the work and
 * commits (or rolls back when the work throws), then gives the connection back. Thread-safe.
 */
public final class JooqDataStore implements DataStore {
  private static final Pattern SEQUENCE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,50}");

  private final DataSource dataSource;
  private final SQLDialect dialect;
  private final boolean joinHostTransactions;
  private final Configuration configuration;
  private final Set<String> sequences = ConcurrentHashMap.newKeySet();

  /**
   * @param joinHostTransactions whether a connection that the data source hands out with auto-commit off belongs
   *     to the host's open transaction: the store then works in a savepoint and leaves commit to the host
   */
  public JooqDataStore(DataSource dataSource, SQLDialect dialect, boolean joinHostTransactions) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.joinHostTransactions = joinHostTransactions;
    Settings settings = new Settings()
        .withRenderQuotedNames(RenderQuotedNames.NEVER)
        .withRenderSchema(false)
        .withExecuteLogging(false)
        .withRenderFormatted(false);
    this.configuration = new DefaultConfiguration().set(dialect).set(settings);
    DefaultSchema.DEFAULT_SCHEMA.getSequences().forEach(s -> sequences.add(s.getName().toLowerCase(Locale.ROOT)));
  }

  public SQLDialect dialect() {
    return dialect;
  }

  boolean isPostgres() {
    return dialect.family() == SQLDialect.POSTGRES;
  }

  @Override
  public <T> T read(Function<StoreTransaction, T> work) {
    return run(false, work);
  }

  @Override
  public <T> T write(Function<StoreTransaction, T> work) {
    return run(true, work);
  }

  private <T> T run(boolean writable, Function<StoreTransaction, T> work) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      if (joinHostTransactions && !autoCommit) {
        return inSavepoint(connection, writable, work);
      }
      if (autoCommit) {
        connection.setAutoCommit(false);
      }
      boolean committed = false;
      try {
        T result = apply(connection, writable, false, work);
        connection.commit();
        committed = true;
        return result;
      } finally {
        if (!committed) {
          rollback(connection);
        }
        if (autoCommit) {
          connection.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      throw new StoreAccessException("database access failed: " + e.getMessage(), e);
    }
  }

  /** Runs the work inside the host's open transaction; when it throws, only its own changes are rolled back. */
  private <T> T inSavepoint(Connection connection, boolean writable, Function<StoreTransaction, T> work)
      throws SQLException {
    Savepoint savepoint = connection.setSavepoint();
    boolean done = false;
    try {
      T result = apply(connection, writable, true, work);
      done = true;
      return result;
    } finally {
      if (done) {
        connection.releaseSavepoint(savepoint);
      } else {
        try {
          connection.rollback(savepoint);
        } catch (SQLException | RuntimeException e) {
          // the work's own exception is the one to report
        }
      }
    }
  }

  private <T> T apply(Connection connection, boolean writable, boolean inHostTransaction,
      Function<StoreTransaction, T> work) {
    try {
      DSLContext ctx = DSL.using(configuration.derive(new DefaultConnectionProvider(connection)));
      return work.apply(new JooqTransaction(this, ctx, writable, inHostTransaction));
    } catch (DataAccessException e) {
      throw new StoreAccessException(e.getMessage() == null ? "database access failed" : e.getMessage(), e);
    }
  }

  private static void rollback(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException | RuntimeException e) {
      // the work's own exception is the one to report; a failed rollback ends with the connection anyway
    }
  }

  /**
   * The next value of the named id sequence, creating the sequence on first use of an unknown name: outside the
   * current transaction (so that it outlives a rollback), or in the host's transaction when the store joined one.
   */
  long nextId(DSLContext ctx, String name, boolean inHostTransaction) {
    return nextValue(ctx, sequence(ctx, name, inHostTransaction));
  }

  /** {@code count} next values of the named id sequence, in one query, in increasing order. */
  long[] nextIds(DSLContext ctx, String name, boolean inHostTransaction, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    String sequence = sequence(ctx, name, inHostTransaction);
    if (count <= 1) {
      return count == 0 ? new long[0] : new long[] {nextValue(ctx, sequence)};
    }
    long[] ids = ctx.select(DSL.sequence(DSL.name(sequence), SQLDataType.BIGINT).nextval())
        .from(DSL.generateSeries(1, count)).fetch().stream().mapToLong(r -> r.value1()).toArray();
    Arrays.sort(ids);
    return ids;
  }

  /** The name of the sequence behind an id sequence name, created on first use. */
  private String sequence(DSLContext ctx, String name, boolean inHostTransaction) {
    if (!SEQUENCE_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("sequence name must be lower-case letters, digits and underscores: " + name);
    }
    String sequence = "seq_" + name;
    if (!sequences.contains(sequence)) {
      if (inHostTransaction) {
        ctx.createSequenceIfNotExists(DSL.name(sequence)).startWith(1).execute();
      } else {
        ensureSequence(sequence);
      }
      sequences.add(sequence);
    }
    return sequence;
  }

  static long nextValue(DSLContext ctx, String sequence) {
    return ctx.select(DSL.sequence(DSL.name(sequence), SQLDataType.BIGINT).nextval()).fetchSingle().value1();
  }

  /** Creates the sequence outside the current transaction, so that it outlives a rollback and needs no DDL lock. */
  private void ensureSequence(String sequence) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      if (!autoCommit) {
        connection.setAutoCommit(true);
      }
      try {
        DSL.using(configuration.derive(new DefaultConnectionProvider(connection)))
            .createSequenceIfNotExists(DSL.name(sequence)).startWith(1).execute();
      } catch (DataAccessException e) {
        // another node created it at the same moment; the next value below tells whether it exists
      } finally {
        if (!autoCommit) {
          connection.setAutoCommit(false);
        }
      }
    } catch (SQLException e) {
      throw new StoreAccessException("cannot create sequence " + sequence + ": " + e.getMessage(), e);
    }
  }
}
