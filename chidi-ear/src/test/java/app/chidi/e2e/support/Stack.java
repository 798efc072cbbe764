package app.chidi.e2e.support;

import app.chidi.server.BrokerConnection;
import app.chidi.server.BrokerDestinations;
import app.chidi.server.ChidiConfigFile;
import app.chidi.server.DatabaseConnection;
import app.chidi.server.EmbeddedBroker;
import app.chidi.server.EmbeddedDatabase;
import app.chidi.server.JwtKeys;
import app.chidi.server.Ports;
import app.chidi.server.PostBootScript;
import app.chidi.server.PreBootScript;
import app.chidi.server.TokenKeyset;
import app.chidi.server.VapidKeys;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Starts the real PostgreSQL and Artemis once per test run, with the launcher's own classes, and
 * writes the configuration and command files Payara Micro boots with. Arquillian reads them through
 * the system properties {@code chidi.it.cmd-options} and {@code chidi.it.micro-options} (see
 * arquillian.xml), so this extension must run before Arquillian's: use {@link ChidiTest}. Tests
 * that set up their own server (Payara Server) use {@code @ExtendWith(Stack.class)} and the
 * accessors below.
 */
public final class Stack implements BeforeAllCallback {

  private static final Namespace NAMESPACE = Namespace.create(Stack.class);
  private static volatile Running running;

  @Override
  public void beforeAll(ExtensionContext context) {
    Running stack =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(Running.class, key -> start(), Running.class);
    stack.stopLeftoverServers();
  }

  /** The database the tests' CHIDI uses, for tests that look at it directly. */
  public static DatabaseConnection database() {
    return running().database.connection();
  }

  /** The broker the tests' CHIDI uses, for tests that configure a server's resource adapter. */
  public static BrokerConnection broker() {
    return running().broker.connection();
  }

  /** Where the tests' CHIDI listens: the same address its mails link to. */
  public static URI baseUrl() {
    return running().baseUrl;
  }

  /** The properties file the tests' CHIDI reads its settings from at boot. */
  public static Path configFile() {
    return running().configFile;
  }

  /** The Tink keyset the tests' CHIDI encrypts access tokens with. */
  public static Path tokenKeyset() {
    return itDir().resolve("token-keyset.json");
  }

  /** The folder with payara-micro.jar, chidi.war, postgresql.jar and the Artemis RAR. */
  public static File runtimeDir() {
    return new File(System.getProperty("chidi.runtime.dir", "../server-config/target/runtime"));
  }

  /** The folder the test stack keeps its data and files in. */
  public static Path itDir() {
    return Path.of(System.getProperty("chidi.it.dir", "target/it")).toAbsolutePath();
  }

  /** How the tests' Payara Micro is started, for a test that starts another instance beside it. */
  public static Launch launch() {
    return running().launch;
  }

  private static Running running() {
    if (running == null) {
      throw new IllegalStateException(
          "Annotate the test class with @ChidiTest or @ExtendWith(Stack.class)");
    }
    return running;
  }

  private static synchronized Running start() {
    try {
      Path dir = itDir();
      Ports ports = Ports.free();
      EmbeddedDatabase database = EmbeddedDatabase.start(dir, ports.database());
      EmbeddedBroker broker = EmbeddedBroker.start(dir, ports.broker());
      Path runtime = runtimeDir().toPath().toAbsolutePath();
      JwtKeys keys = JwtKeys.resolve(dir, Map.of());
      String publicUrl = "http://127.0.0.1:" + ports.http();
      TokenKeyset tokens = TokenKeyset.resolve(dir, Map.of());
      Path config =
          new ChidiConfigFile(keys, tokens, VapidKeys.resolve(dir, Map.of()), publicUrl, false)
              .writeTo(dir);
      Path preBoot = new PreBootScript("127.0.0.1").writeTo(dir.resolve("pre-boot.asadmin"));
      Path postBoot =
          new PostBootScript(
                  runtime.resolve("chidi-artemis-ra.rar"),
                  broker.connection(),
                  database.connection(),
                  BrokerDestinations.read())
              .writeTo(dir.resolve("post-boot.asadmin"));
      System.setProperty("chidi.it.cmd-options", String.join(" ", jvmOptions(config)));
      Launch launch = new Launch(config, preBoot, postBoot, ports.dataGrid());
      System.setProperty(
          "chidi.it.micro-options",
          String.join(
              " ",
              launch.microOptions(
                  ports.http(), ports.dataGrid(), dir.resolve("payara.log"), runtime)));
      System.setProperty("chidi.it.micro-jar", runtime.resolve("payara-micro.jar").toString());
      running = new Running(database, broker, URI.create(publicUrl + "/"), config, launch);
      return running;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the test stack", e);
    }
  }

  /**
   * Payara Micro unpacks itself into {@code payaramicro-rt*} folders of its temporary directory and
   * leaves them behind (payara/Payara#4199): the test servers use the stack's folder.
   */
  private static List<String> jvmOptions(Path config) {
    return List.of(
        "-Xmx768m",
        "-D" + ChidiConfigFile.SYSTEM_PROPERTY + "=" + config,
        "-Djava.io.tmpdir=" + config.getParent(),
        "-Dhazelcast.socket.bind.any=false");
  }

  /**
   * The files and the data grid port a Payara Micro of the test stack boots with.
   *
   * @param dataGrid the data grid port of the Arquillian-managed instance, which others join
   */
  public record Launch(Path configFile, Path preBoot, Path postBoot, int dataGrid) {

    /** The JVM options, before {@code -jar payara-micro.jar}. */
    public List<String> jvmOptions() {
      return Stack.jvmOptions(configFile);
    }

    /**
     * Payara Micro's options for an instance listening on {@code http}, with its data grid on
     * {@code ownDataGrid}: peers are found by TCP on loopback only (never multicast), at the first
     * instance's port and this one's.
     */
    public List<String> microOptions(int http, int ownDataGrid, Path log, Path runtime) {
      String members =
          ownDataGrid == dataGrid
              ? "127.0.0.1:" + dataGrid
              : "127.0.0.1:" + dataGrid + ",127.0.0.1:" + ownDataGrid;
      return List.of(
          "--port",
          Integer.toString(http),
          "--contextroot",
          "/",
          "--addlibs",
          runtime.resolve("postgresql.jar").toString(),
          "--prebootcommandfile",
          preBoot.toString(),
          "--postbootcommandfile",
          postBoot.toString(),
          "--clustermode",
          "tcpip:" + members,
          "--startport",
          Integer.toString(ownDataGrid),
          "--interfaces",
          "127.0.0.1",
          "--disablephonehome",
          // Every test class's server appends here: read it when a test fails.
          "--logtofile",
          log.toString());
    }
  }

  /** The started servers; JUnit closes them when the whole run ends. */
  private record Running(
      EmbeddedDatabase database, EmbeddedBroker broker, URI baseUrl, Path configFile, Launch launch)
      implements AutoCloseable {

    /**
     * Kills Payara Micro servers of this stack that an earlier test class left behind. Arquillian
     * stops each class's server, but one stopped while its message-driven beans still talk to the
     * broker can hang in its shutdown hook and would otherwise keep running — and using a core —
     * for the rest of the run and after it. Seen with artemis-jakarta-ra 2.44 on Payara Micro
     * 6.2025.10; the nearest known issue, ARTEMIS-280 (apache/artemis#218, "Resource Adapter hangs
     * on shutdown"), was fixed long ago, and no open Payara or Artemis issue matches, so the cause
     * is not known.
     */
    void stopLeftoverServers() {
      String marker = configFile.toString();
      ProcessHandle.allProcesses()
          .filter(p -> p.info().commandLine().filter(c -> c.contains(marker)).isPresent())
          .forEach(ProcessHandle::destroyForcibly);
    }

    @Override
    public void close() throws IOException {
      stopLeftoverServers();
      try (database;
          broker) {
        running = null;
      }
    }
  }
}
