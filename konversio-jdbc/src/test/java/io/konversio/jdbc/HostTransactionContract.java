package io.konversio.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.Konversio;
import io.konversio.core.MutableClock;
import io.konversio.core.account.Account;
import io.konversio.core.account.AccountId;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Konversio inside the host's transaction: a data source that, like Spring's TransactionAwareDataSourceProxy, hands
 * out the connection of the thread's open transaction (with close made harmless) and a fresh connection otherwise.
 */
abstract class HostTransactionContract {

  protected abstract Backend backend();

  /** The host's transaction manager, reduced to what the test needs. */
  static final class BoundDataSource implements DataSource {
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
      if (commit) {
        c.commit();
      } else {
        c.rollback();
      }
      c.setAutoCommit(true);
      c.close();
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
    public Connection getConnection(String user, String password) throws SQLException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }

  @Test
  void changesCommitAndRollBackWithTheHostTransaction() throws SQLException {
    BoundDataSource host = new BoundDataSource(backend().dataSource(backend().newDatabase()));
    JdbcStore store = JdbcStore.builder(host).joinHostTransactions(true).build();
    Konversio konversio = Konversio.builder().clock(new MutableClock(Instant.parse("2026-01-05T09:00:00Z")))
        .store(store).build();

    host.begin();
    Account rolledBack = konversio.accounts().create("Rolled back");
    host.end(false);
    host.begin();
    Account committed = konversio.accounts().create("Committed");
    RuntimeException boom = new IllegalStateException("boom");
    assertThatThrownBy(() -> store.write(tx -> {
      tx.accounts().insert(new Account(AccountId.of(99), "Failed", Instant.parse("2026-01-05T09:00:00Z")));
      throw boom;
    })).isSameAs(boom);
    Account afterFailure = konversio.accounts().create("After the failure");
    host.end(true);

    List<Account> accounts = store.read(tx -> tx.accounts().list());
    assertThat(accounts).containsExactly(committed, afterFailure);
    assertThat(accounts).doesNotContain(rolledBack);
    Account outside = konversio.accounts().create("Outside any host transaction");
    assertThat(konversio.accounts().find(outside.id())).contains(outside);
  }
}
