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
 * event skip jOOQ's rendering of thousands of bind values. Values are {@code Long}, {@code String}, {@code Boolean}
 * or {@code OffsetDateTime} (or null), bound with {@code setObject}, which PostgreSQL's and H2's drivers map to the
 * column types. Thread-safe.
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
    tx.ctx.connection(connection -> {
      for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
        List<@Nullable Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
        try (PreparedStatement statement = connection.prepareStatement(sql(chunk.size()))) {
          int index = 1;
          for (@Nullable Object[] row : chunk) {
            for (Object value : row) {
              statement.setObject(index++, value);
            }
          }
          statement.executeUpdate();
        } catch (SQLException e) {
          if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
            throw new IllegalStateException(what + " exists", e);
          }
          throw new StoreAccessException("cannot insert into " + table + ": " + e.getMessage(), e);
        }
      }
    });
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
