package app.chidi.e2e.channel;

import app.chidi.e2e.support.Accounts;
import app.chidi.e2e.support.Api;
import app.chidi.e2e.support.Stack;
import app.chidi.server.BrokerConnection;
import app.chidi.server.ChidiServer;
import app.chidi.server.DatabaseConnection;
import app.chidi.server.Ports;
import app.chidi.server.RuntimeLayout;
import app.chidi.server.ServerSettings;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * CHIDI as the launcher runs it ({@link ChidiServer}: embedded PostgreSQL, Artemis unless an
 * external broker is given, Payara Micro as a child process) on one data directory, for the channel
 * reliability runs and benchmark. Payara inherits this JVM's environment, so the {@code CHIDI_*}
 * variables the scripts export (app secret, Graph API URL, send rate) configure it.
 */
final class ChannelServer implements AutoCloseable {

  private final ServerSettings settings;
  private ChidiServer server;

  private ChannelServer(ServerSettings settings) throws IOException {
    this.settings = settings;
    this.server = ChidiServer.start(settings, line -> System.out.println("  " + line));
  }

  /** Starts CHIDI on {@code dataDir}, HTTP on {@code httpPort}, other ports free ones. */
  static ChannelServer start(Path dataDir, int httpPort, Optional<BrokerConnection> broker)
      throws IOException {
    Ports ports = Ports.free().withHttp(httpPort);
    return new ChannelServer(
        new ServerSettings(
            Files.createDirectories(dataDir),
            new RuntimeLayout(Stack.runtimeDir().toPath().toAbsolutePath()),
            ports,
            "127.0.0.1",
            "http://127.0.0.1:" + httpPort,
            false,
            Optional.empty(),
            broker,
            Map.of()));
  }

  URI url() {
    return server.url();
  }

  DatabaseConnection database() {
    return server.database();
  }

  /**
   * A shop that answers on WhatsApp: signed up (email confirmed), with a product and a returns
   * policy the local engine answers from, and a WhatsApp number connected through the API with a
   * token {@code graph} issued, as an owner connects one.
   */
  Shop openShop(GraphApiStub graph) {
    Api api = new Api(url());
    String email = Accounts.freshEmail("load");
    JsonObject owner = Accounts.signUp(api, email, "Load Shop");
    Accounts.markVerified(database(), email);
    String token = owner.getJsonObject("session").getString("access_token");
    created(
        api.post(
            "/api/inventory/products",
            """
            {"name": "Adire Maxi Dress", "category": "dresses", "base_price": 15000,
             "variants": [{"sku": "ADIRE-M", "stock_quantity": 12, "attributes": {"size": "M"}}]}""",
            token));
    created(
        api.post(
            "/api/knowledge",
            """
            {"type": "policy", "topic": "returns",
             "content": "Unworn items can be returned within 7 days of delivery."}""",
            token));
    return new Shop(Accounts.businessOf(api, owner), graph.connect(api, token, "whatsapp"));
  }

  /** The business answering and its WhatsApp phone number id. */
  record Shop(UUID business, String phone) {}

  /**
   * Kills Payara Micro with SIGKILL, as a crash would, then stops what remains the way the launcher
   * does when Payara dies (broker and database shut down) and starts everything again on the same
   * data directory.
   */
  void killPayaraAndRestart() throws IOException {
    long pid = Long.parseLong(Files.readString(settings.dataDir().resolve("payara.pid")).trim());
    ProcessHandle payara = ProcessHandle.of(pid).orElseThrow();
    payara.destroyForcibly();
    payara.onExit().join();
    System.out.println("  kill -9 " + pid + " (Payara Micro)");
    server.close();
    server = ChidiServer.start(settings, line -> System.out.println("  " + line));
  }

  /**
   * How many messages and replies the stale-message sweep queued again, as Payara's log (this start
   * and the one before) reports them.
   */
  long sweptAgain() throws IOException {
    long count = 0;
    for (String name : List.of("payara.log", "payara.log.1")) {
      Path log = settings.dataDir().resolve("logs").resolve(name);
      if (Files.exists(log)) {
        try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
          count += lines.filter(ChannelServer::sweepLine).count();
        }
      }
    }
    return count;
  }

  /** A line of StaleMessages queueing a message or reply again. */
  private static boolean sweepLine(String line) {
    return line.contains("left unanswered by a crash")
        || line.contains("left queued without a command");
  }

  @Override
  public void close() {
    server.close();
  }

  private static void created(Api.Reply reply) {
    if (reply.status() != 201) {
      throw new IllegalStateException(reply.status() + " " + reply.body());
    }
  }
}
