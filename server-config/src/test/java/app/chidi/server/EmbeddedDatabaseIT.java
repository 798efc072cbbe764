package app.chidi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseIT {

  @TempDir Path data;

  @Test
  void createsRolesThatRowLevelSecurityCanRelyOn() throws Exception {
    try (EmbeddedDatabase database = EmbeddedDatabase.start(data, 0)) {
      DatabaseConnection db = database.connection();

      assertEquals(
          List.of(
              "chidi_app false false false false true", "chidi_owner false false false false true"),
          query(
              db,
              db.appUser(),
              db.appPassword(),
              "SELECT rolname, rolsuper, rolbypassrls, rolcreatedb, rolcreaterole, rolcanlogin"
                  + " FROM pg_roles WHERE rolname LIKE 'chidi%' ORDER BY rolname"));
      assertEquals(
          List.of("chidi_owner"),
          query(
              db,
              db.appUser(),
              db.appPassword(),
              "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'chidi'"));
      assertEquals(
          List.of("on on on"),
          query(
              db,
              db.appUser(),
              db.appPassword(),
              "SELECT current_setting('fsync') || ' ' || current_setting('synchronous_commit') || ' '"
                  + " || current_setting('full_page_writes')"));
    }
  }

  @Test
  void requiresThePasswords() throws Exception {
    try (EmbeddedDatabase database = EmbeddedDatabase.start(data, 0)) {
      DatabaseConnection db = database.connection();

      assertThrows(SQLException.class, () -> query(db, db.appUser(), "wrong", "SELECT 1"));
      assertThrows(SQLException.class, () -> query(db, "postgres", "", "SELECT 1"));
    }
  }

  @Test
  void restartsOnItsDataDirectoryWithTheSameRolesAndData() throws Exception {
    try (EmbeddedDatabase database = EmbeddedDatabase.start(data, 0)) {
      DatabaseConnection db = database.connection();
      update(db, "CREATE TABLE note (text varchar(20))", "INSERT INTO note VALUES ('kept')");
    }
    try (EmbeddedDatabase database = EmbeddedDatabase.start(data, 0)) {
      DatabaseConnection db = database.connection();
      assertEquals(
          List.of("kept"), query(db, db.ownerUser(), db.ownerPassword(), "SELECT text FROM note"));
    }
  }

  @Test
  void stopsAServerOrphanedByAKilledLauncher() throws Exception {
    int port = Ports.freePort();
    Process launcher = startInAnotherJvm(port);
    launcher.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    long orphan =
        Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0));
    assertTrue(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false), "orphan runs");

    try (EmbeddedDatabase database = EmbeddedDatabase.start(data, port)) {
      DatabaseConnection db = database.connection();
      assertEquals(List.of("1"), query(db, db.appUser(), db.appPassword(), "SELECT 1"));
      assertFalse(
          ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false), "orphan gone");
    }
  }

  /** What a launcher does before it is killed: start the database and keep running. */
  public static final class RunUntilKilled {
    public static void main(String[] args) throws Exception {
      EmbeddedDatabase.start(Path.of(args[0]), Integer.parseInt(args[1]));
      System.out.println("started");
      Thread.sleep(Long.MAX_VALUE);
    }
  }

  private Process startInAnotherJvm(int port) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                RunUntilKilled.class.getName(),
                data.toString(),
                Integer.toString(port)));
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    assertEquals("started", out.readLine());
    return process;
  }

  private static void update(DatabaseConnection db, String... statements) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
        Statement sql = connection.createStatement()) {
      for (String statement : statements) {
        sql.execute(statement);
      }
    }
  }

  private static List<String> query(
      DatabaseConnection db, String user, String password, String select) throws SQLException {
    try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), user, password);
        Statement sql = connection.createStatement();
        ResultSet rows = sql.executeQuery(select)) {
      List<String> result = new ArrayList<>();
      while (rows.next()) {
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
          columns.add(String.valueOf(rows.getObject(i)));
        }
        result.add(String.join(" ", columns));
      }
      return result;
    }
  }
}
