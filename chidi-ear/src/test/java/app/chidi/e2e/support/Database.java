package app.chidi.e2e.support;

import app.chidi.server.DatabaseConnection;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Direct SQL on the test stack's database, to check what the API did (or did not) write. */
public final class Database {

  private Database() {}

  /** A connection as the owner role: tables without row-level security only. */
  public static Connection asOwner() throws SQLException {
    return asOwner(Stack.database());
  }

  /** {@link #asOwner()} on the database {@code db} (a server the test started itself). */
  public static Connection asOwner(DatabaseConnection db) throws SQLException {
    return DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
  }

  /** A connection as the application role CHIDI itself uses (row-level security applies). */
  public static Connection asApp() throws SQLException {
    return asApp(Stack.database());
  }

  private static Connection asApp(DatabaseConnection db) throws SQLException {
    return DriverManager.getConnection(db.jdbcUrl(), db.appUser(), db.appPassword());
  }

  /**
   * The single number {@code sql} selects as the application sees {@code business}'s rows (its
   * tenant set, row-level security applying).
   */
  public static long countAs(UUID business, String sql, Object... parameters) {
    return countAs(Stack.database(), business, sql, parameters);
  }

  /** {@link #countAs(UUID, String, Object...)} on the database {@code db}. */
  public static long countAs(
      DatabaseConnection db, UUID business, String sql, Object... parameters) {
    return queryAs(
        db,
        business,
        sql,
        parameters,
        result -> {
          result.next();
          return result.getLong(1);
        });
  }

  /**
   * The rows {@code sql} selects as the application sees {@code business}'s rows, each as its
   * columns joined by " | ": for a test to print where things stand.
   */
  public static List<String> rowsAs(
      DatabaseConnection db, UUID business, String sql, Object... parameters) {
    return queryAs(
        db,
        business,
        sql,
        parameters,
        result -> {
          int columns = result.getMetaData().getColumnCount();
          List<String> rows = new ArrayList<>();
          while (result.next()) {
            StringBuilder row = new StringBuilder();
            for (int c = 1; c <= columns; c++) {
              row.append(c > 1 ? " | " : "").append(result.getObject(c));
            }
            rows.add(row.toString());
          }
          return rows;
        });
  }

  /** Reads what a query selected. */
  private interface ResultReader<T> {
    T read(ResultSet result) throws SQLException;
  }

  private static <T> T queryAs(
      DatabaseConnection db,
      UUID business,
      String sql,
      Object[] parameters,
      ResultReader<T> reader) {
    try (Connection connection = asApp(db)) {
      connection.setAutoCommit(false);
      enter(connection, business);
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          statement.setObject(i + 1, parameters[i]);
        }
        try (ResultSet result = statement.executeQuery()) {
          return reader.read(result);
        }
      } finally {
        connection.rollback();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Runs the change {@code sql} as the application does for {@code business} (its tenant set,
   * row-level security applying) and commits it: for a test to set up what the API cannot, such as
   * a member's role.
   */
  public static int updateAs(UUID business, String sql, Object... parameters) {
    try (Connection connection = asApp()) {
      connection.setAutoCommit(false);
      enter(connection, business);
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          statement.setObject(i + 1, parameters[i]);
        }
        int changed = statement.executeUpdate();
        connection.commit();
        return changed;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void enter(Connection connection, UUID business) throws SQLException {
    try (PreparedStatement tenant =
        connection.prepareStatement("select set_config('app.business_id', ?, true)")) {
      tenant.setString(1, business.toString());
      tenant.executeQuery().close();
    }
  }

  /** The single number {@code sql} selects, with {@code parameters} bound in order. */
  public static long count(String sql, Object... parameters) {
    try (Connection connection = asOwner();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
