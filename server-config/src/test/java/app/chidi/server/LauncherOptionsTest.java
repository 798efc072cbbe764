package app.chidi.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherOptionsTest {

  @Test
  void defaultsToEverythingEmbeddedOnLoopback() {
    ServerSettings server = parse(Map.of()).server();

    assertEquals(Path.of(".chidi").toAbsolutePath().normalize(), server.dataDir());
    assertEquals(new Ports(8080, 5433, 61616, 6900), server.ports());
    assertEquals("127.0.0.1", server.bindAddress());
    assertEquals("http://127.0.0.1:8080", server.publicUrl());
    assertTrue(server.demo());
    assertTrue(server.externalDatabase().isEmpty());
    assertTrue(server.externalBroker().isEmpty());
  }

  @Test
  void readsTheCommandLineOptions() {
    ServerSettings server =
        parse(
                Map.of("CHIDI_DATA_DIR", "/ignored"),
                "--data-dir",
                "/srv/chidi",
                "--port",
                "9090",
                "--no-demo")
            .server();

    assertEquals(Path.of("/srv/chidi"), server.dataDir());
    assertEquals(9090, server.ports().http());
    assertEquals("http://127.0.0.1:9090", server.publicUrl());
    assertFalse(server.demo());
  }

  @Test
  void takesTheDataDirectoryAndAddressesFromTheEnvironment() {
    ServerSettings server =
        parse(
                Map.of(
                    "CHIDI_DATA_DIR", "/var/lib/chidi",
                    "CHIDI_BIND_ADDRESS", "0.0.0.0",
                    "CHIDI_PUBLIC_URL", "https://chidi.example"))
            .server();

    assertEquals(Path.of("/var/lib/chidi"), server.dataDir());
    assertEquals("0.0.0.0", server.bindAddress());
    assertEquals("https://chidi.example", server.publicUrl());
  }

  @Test
  void switchesToAnExternalDatabaseAndBroker() {
    ServerSettings server =
        parse(
                Map.of(
                    "CHIDI_DATABASE_URL", "jdbc:postgresql://db:5432/chidi",
                    "CHIDI_DATABASE_USER", "app",
                    "CHIDI_DATABASE_PASSWORD", "a",
                    "CHIDI_DATABASE_OWNER_USER", "owner",
                    "CHIDI_DATABASE_OWNER_PASSWORD", "o",
                    "CHIDI_BROKER_URL", "tcp://mq:61617",
                    "CHIDI_BROKER_USER", "chidi",
                    "CHIDI_BROKER_PASSWORD", "b"))
            .server();

    assertEquals("db", server.externalDatabase().orElseThrow().host());
    assertEquals("owner", server.externalDatabase().orElseThrow().ownerUser());
    assertEquals(
        new BrokerConnection("mq", 61617, "chidi", "b"), server.externalBroker().orElseThrow());
  }

  @Test
  void anExternalDatabaseNeedsBothRoles() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                parse(
                    Map.of(
                        "CHIDI_DATABASE_URL", "jdbc:postgresql://db/chidi",
                        "CHIDI_DATABASE_USER", "app",
                        "CHIDI_DATABASE_PASSWORD", "a")));

    assertTrue(error.getMessage().contains("CHIDI_DATABASE_OWNER_USER"), error.getMessage());
  }

  @Test
  void rejectsUnknownOptionsAndBadPorts() {
    assertThrows(IllegalArgumentException.class, () -> parse(Map.of(), "--verbose"));
    assertThrows(IllegalArgumentException.class, () -> parse(Map.of(), "--port", "http"));
    assertThrows(IllegalArgumentException.class, () -> parse(Map.of(), "--port", "70000"));
    assertThrows(IllegalArgumentException.class, () -> parse(Map.of(), "--data-dir"));
  }

  @Test
  void helpStopsParsing() {
    assertTrue(parse(Map.of(), "--help", "--verbose").help());
  }

  private static LauncherOptions parse(Map<String, String> env, String... args) {
    return LauncherOptions.parse(args, env);
  }
}
