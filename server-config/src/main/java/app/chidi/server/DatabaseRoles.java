package app.chidi.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates CHIDI's roles and database on the embedded server, and re-applies their attributes and
 * passwords at every start so that a changed role cannot drift from what row-level security needs.
 */
final class DatabaseRoles {

  static final String DATABASE = "chidi";
  static final String OWNER_ROLE = "chidi_owner";
  static final String APP_ROLE = "chidi_app";
  static final String SUPERUSER = "postgres";

  private DatabaseRoles() {}

  /** Runs as the superuser, connected to the {@code postgres} database. */
  static void ensure(Connection superuser, Passwords passwords) throws SQLException {
    try (Statement sql = superuser.createStatement()) {
      createRoleIfMissing(superuser, OWNER_ROLE);
      createRoleIfMissing(superuser, APP_ROLE);
      sql.execute(
          "ALTER ROLE "
              + OWNER_ROLE
              + " WITH LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE PASSWORD "
              + literal(passwords.owner()));
      // The application role must never bypass row-level security (DECISIONS.md).
      sql.execute(
          "ALTER ROLE "
              + APP_ROLE
              + " WITH LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE"
              + " PASSWORD "
              + literal(passwords.app()));
      sql.execute("ALTER ROLE " + SUPERUSER + " WITH PASSWORD " + literal(passwords.superuser()));
      if (!exists(superuser, "SELECT 1 FROM pg_database WHERE datname = ?", DATABASE)) {
        sql.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER_ROLE);
      }
    }
  }

  private static void createRoleIfMissing(Connection superuser, String role) throws SQLException {
    if (!exists(superuser, "SELECT 1 FROM pg_roles WHERE rolname = ?", role)) {
      try (Statement sql = superuser.createStatement()) {
        sql.execute("CREATE ROLE " + role);
      }
    }
  }

  private static boolean exists(Connection connection, String query, String name)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(query)) {
      select.setString(1, name);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next();
      }
    }
  }

  /** ALTER ROLE takes no bind parameters, hence a quoted literal. */
  private static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  /** The three passwords of the embedded server. */
  record Passwords(String superuser, String owner, String app) {}
}
