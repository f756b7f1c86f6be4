package io.konversio.jdbc.internal;

import io.konversio.jdbc.StoreAccessException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Inserts many rows of one table with multi-row {@code INSERT ... VALUES (...), (...)} statements whose SQL is
 * written once per shape and kept, bound straight through JDBC: the hot paths that write a row per message or per
 * event skip jOOQ's rendering of thousands of bind values. The full statements of a call go as one JDBC batch. Values
 * are {@code Long}, {@code String}, {@code Boolean} or {@code OffsetDateTime} (or null), bound with {@code setObject},
 * which PostgreSQL's and H2's drivers map to the column types. Thread-safe.
 */
final class RowInserter {
  /** Rows per statement; the last statement of a call takes the rest. */
  static final int ROWS_PER_STATEMENT = 100;
  private static final String UNIQUE_VIOLATION = "23505";

  private final String table;
  private final List<String> columns;
  private final Map<Integer, String> sqlByRows = new ConcurrentHashMap<>();

  RowInserter(String table, List<String> columns) {
    this.table = table;
    this.columns = List.copyOf(columns);
  }

  /**
   * Inserts the rows, in their order, in the transaction's connection; each row holds one value per column. A
   * duplicate key becomes an {@link IllegalStateException} naming {@code what}.
   */
  void insert(JooqTransaction tx, List<@Nullable Object[]> rows, String what) {
    tx.checkWritable();
    if (rows.isEmpty()) {
      return;
    }
    int full = rows.size() / ROWS_PER_STATEMENT * ROWS_PER_STATEMENT;
    tx.ctx.connection(connection -> {
      try {
        if (full > 0) {
          // one JDBC batch of the full statements: the driver sends them without waiting for each result, so the
          // database works on one while the next is bound
          try (PreparedStatement statement = connection.prepareStatement(sql(ROWS_PER_STATEMENT))) {
            for (int from = 0; from < full; from += ROWS_PER_STATEMENT) {
              bind(statement, rows.subList(from, from + ROWS_PER_STATEMENT));
              statement.addBatch();
            }
            statement.executeBatch();
          }
        }
        if (full < rows.size()) {
          try (PreparedStatement statement = connection.prepareStatement(sql(rows.size() - full))) {
            bind(statement, rows.subList(full, rows.size()));
            statement.executeUpdate();
          }
        }
      } catch (SQLException e) {
        if (isUniqueViolation(e)) {
          throw new IllegalStateException(what + " exists", e);
        }
        throw new StoreAccessException("cannot insert into " + table + ": " + e.getMessage(), e);
      }
    });
  }

  private static void bind(PreparedStatement statement, List<@Nullable Object[]> rows) throws SQLException {
    int index = 1;
    for (@Nullable Object[] row : rows) {
      for (Object value : row) {
        statement.setObject(index++, value);
      }
    }
  }

  /** Whether the failure, or one chained to it (a batch's failure holds its statement's), is a duplicate key. */
  private static boolean isUniqueViolation(SQLException e) {
    for (SQLException next = e; next != null; next = next.getNextException()) {
      if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private String sql(int rows) {
    return sqlByRows.computeIfAbsent(rows, n -> {
      String row = "(" + "?, ".repeat(columns.size() - 1) + "?)";
      StringBuilder sql = new StringBuilder("insert into ").append(table).append(" (")
          .append(String.join(", ", columns)).append(") values ");
      for (int i = 0; i < n; i++) {
        sql.append(i == 0 ? "" : ", ").append(row);
      }
      return sql.toString();
    });
  }
}
