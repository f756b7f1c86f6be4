package io.konversio.jdbc.internal;

import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.StoreTransaction;
import io.konversio.jdbc.StoreAccessException;
import io.konversio.jdbc.internal.schema.DefaultSchema;
import java.sql.Connection;
import java.sql.SQLException;
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
  private final Configuration configuration;
  private final Set<String> sequences = ConcurrentHashMap.newKeySet();

  public JooqDataStore(DataSource dataSource, SQLDialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
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
      if (autoCommit) {
        connection.setAutoCommit(false);
      }
      boolean committed = false;
      try {
        DSLContext ctx = DSL.using(configuration.derive(new DefaultConnectionProvider(connection)));
        T result = work.apply(new JooqTransaction(this, ctx, writable));
        connection.commit();
        committed = true;
        return result;
      } catch (DataAccessException e) {
        throw new StoreAccessException(e.getMessage() == null ? "database access failed" : e.getMessage(), e);
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

  private static void rollback(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException | RuntimeException e) {
      // the work's own exception is the one to report; a failed rollback ends with the connection anyway
    }
  }

  /** The next value of the named id sequence, creating the sequence on first use of an unknown name. */
  long nextId(DSLContext ctx, String name) {
    if (!SEQUENCE_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("sequence name must be lower-case letters, digits and underscores: " + name);
    }
    String sequence = "seq_" + name;
    if (!sequences.contains(sequence)) {
      ensureSequence(sequence);
      sequences.add(sequence);
    }
    return nextValue(ctx, sequence);
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
