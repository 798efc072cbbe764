package app.chidi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseConnectionTest {

  @Test
  void splitsTheUrlIntoWhatThePoolNeeds() {
    DatabaseConnection connection =
        connection("jdbc:postgresql://db.example:6543/chidi?sslmode=require&connectTimeout=5");

    assertEquals("db.example", connection.host());
    assertEquals(6543, connection.port());
    assertEquals("chidi", connection.databaseName());
    assertEquals(Map.of("sslmode", "require", "connectTimeout", "5"), connection.parameters());
  }

  @Test
  void defaultsToPostgresPort() {
    assertEquals(5432, connection("jdbc:postgresql://db/chidi").port());
  }

  @Test
  void rejectsUrlsThatAreNotPostgresWithADatabase() {
    assertThrows(IllegalArgumentException.class, () -> connection("jdbc:mysql://db/chidi"));
    assertThrows(IllegalArgumentException.class, () -> connection("jdbc:postgresql://db/"));
  }

  @Test
  void keepsPasswordsOutOfItsDescription() {
    assertFalse(connection("jdbc:postgresql://db/chidi").toString().contains("secret"));
  }

  private static DatabaseConnection connection(String url) {
    return new DatabaseConnection(url, "app", "secret-a", "owner", "secret-o");
  }
}
