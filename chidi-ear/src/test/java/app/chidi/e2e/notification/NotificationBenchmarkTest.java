package app.chidi.e2e.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.chidi.e2e.support.Accounts;
import app.chidi.e2e.support.Api;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Notification fan-out on one instance (not part of the test suite; {@code
 * .ci/benchmark-notifications} runs it against a launcher): {@code chidi.benchmark.connections}
 * dashboard connections of one business, half server-sent event streams and half {@code
 * /ws/dashboard} WebSockets, then stock adjustments that each raise one notification (out of stock,
 * then restock). Two latencies per event: from sending the adjustment to the event's arrival at
 * each connection (the request's transaction, the topic, the message-driven bean and the push), and
 * from the notification's own {@code created_at} (when it was raised, inside that transaction) to
 * the arrival, notification to client. Client and server share the machine's cores and clock.
 */
@Tag("benchmark")
class NotificationBenchmarkTest {

  private static final URI BASE =
      URI.create(System.getProperty("chidi.benchmark.url", "http://127.0.0.1:18082") + "/");
  private static final int CONNECTIONS = Integer.getInteger("chidi.benchmark.connections", 2000);
  private static final int ROUNDS = Integer.getInteger("chidi.benchmark.rounds", 20);
  private static final int WARM_UP = 4;

  /**
   * Several HTTP clients, the connections spread over them in turn: one client reads all its
   * connections on a single selector thread, which would queue 2,000 arrivals behind each other in
   * a way 2,000 browsers never would.
   */
  private static final int CLIENTS = Integer.getInteger("chidi.benchmark.clients", 8);

  private final List<HttpClient> clients =
      IntStream.range(0, CLIENTS)
          .mapToObj(n -> HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build())
          .toList();
  private static final Pattern CREATED_AT = Pattern.compile("\"created_at\":\"([^\"]+)\"");

  private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Long> sinceRaised = new ConcurrentLinkedQueue<>();
  private final AtomicInteger arrived = new AtomicInteger();
  private final AtomicInteger overSse = new AtomicInteger();
  private final AtomicInteger overWebSocket = new AtomicInteger();
  private volatile long roundStart;

  @Test
  void fanOutToTwoThousandConnections() throws Exception {
    Api api = new Api(BASE);
    JsonObject shop = Accounts.signUp(api, Accounts.freshEmail("bench"), "Fan-out Shop");
    String token = shop.getJsonObject("session").getString("access_token");
    Api.Reply product =
        api.post(
            "/api/inventory/products",
            """
            {"name": "Bench Tee", "base_price": 10,
             "variants": [{"sku": "BENCH-%d", "stock_quantity": 10, "low_stock_threshold": 5}]}"""
                .formatted(System.nanoTime()),
            token);
    assertEquals(201, product.status(), product.body());
    String variant = product.json().getJsonArray("variants").getJsonObject(0).getString("id");
    String rssBefore = rss();

    long opening = System.nanoTime();
    List<WebSocket> sockets = new ArrayList<>();
    for (int i = 0; i < CONNECTIONS; i++) {
      HttpClient http = clients.get(i % CLIENTS);
      if (i % 2 == 0) {
        openStream(http, token);
      } else {
        sockets.add(openSocket(http, token));
      }
    }
    System.out.printf(
        "Opened %d connections (%d SSE, %d WebSocket) in %.1f s%n",
        CONNECTIONS,
        CONNECTIONS - sockets.size(),
        sockets.size(),
        (System.nanoTime() - opening) / 1e9);

    int delivered = 0;
    for (int round = 0; round < WARM_UP + ROUNDS; round++) {
      if (round == WARM_UP) {
        latencies.clear();
        sinceRaised.clear();
      }
      arrived.set(0);
      roundStart = System.nanoTime();
      Api.Reply adjusted =
          api.post(
              "/api/inventory/stock/adjust",
              "{\"variant_id\": \"%s\", \"adjustment\": %d, \"reason\": \"bench\"}"
                  .formatted(variant, round % 2 == 0 ? -10 : 10),
              token);
      assertEquals(200, adjusted.status(), adjusted.body());
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (arrived.get() < CONNECTIONS && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      delivered += round >= WARM_UP ? arrived.get() : 0;
    }
    report(delivered, rssBefore);
  }

  private void report(int delivered, String rssBefore) {
    System.out.printf(
        "Over %d notifications x %d connections: delivered %d of %d%n",
        ROUNDS, CONNECTIONS, delivered, ROUNDS * CONNECTIONS);
    print("  adjustment request to client", latencies);
    print("  notification (created_at) to client", sinceRaised);
    System.out.printf(
        "Events received in all rounds: %d over SSE, %d over WebSocket%n",
        overSse.get(), overWebSocket.get());
    System.out.println("Payara Micro RSS: " + rssBefore + " before, " + rss() + " with them open");
  }

  private static void print(String label, ConcurrentLinkedQueue<Long> nanos) {
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(
        "%s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        label,
        percentile(sorted, 0.50),
        percentile(sorted, 0.95),
        percentile(sorted, 0.99),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
  }

  private static double percentile(long[] sorted, double p) {
    return sorted.length == 0
        ? 0
        : sorted[(int) Math.min(sorted.length - 1, sorted.length * p)] / 1e6;
  }

  /** An event arrived now; {@code json} is its data, which carries the notification. */
  private void arrive(CharSequence json) {
    latencies.add(System.nanoTime() - roundStart);
    Instant now = Instant.now();
    Matcher created = CREATED_AT.matcher(json);
    if (created.find()) {
      Instant raised = OffsetDateTime.parse(created.group(1)).toInstant();
      sinceRaised.add(Duration.between(raised, now).toNanos());
    }
    arrived.incrementAndGet();
  }

  private void openStream(HttpClient http, String token) {
    HttpRequest request =
        HttpRequest.newBuilder(BASE.resolve("api/notifications/stream"))
            .header("Accept", "text/event-stream")
            .header("Authorization", "Bearer " + token)
            .build();
    http.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(new EventLines()));
  }

  private WebSocket openSocket(HttpClient http, String token) {
    URI uri =
        URI.create(
            BASE.toString().replaceFirst("^http", "ws") + "ws/dashboard?access_token=" + token);
    return http.newWebSocketBuilder().buildAsync(uri, new SocketMessages()).join();
  }

  /** Counts each stream event that carries an id: a notification, not a read update. */
  private final class EventLines implements Flow.Subscriber<String> {
    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      subscription.request(Long.MAX_VALUE);
    }

    private boolean withId;

    @Override
    public void onNext(String line) {
      if (line.startsWith("id:")) {
        withId = true;
      } else if (line.startsWith("data:") && withId) {
        overSse.incrementAndGet();
        arrive(line);
      } else if (line.isEmpty()) {
        withId = false;
      }
    }

    @Override
    public void onError(Throwable error) {
      System.out.println("SSE stream failed: " + error);
    }

    @Override
    public void onComplete() {
      // The server ended the stream (token expiry): nothing more arrives on it.
    }
  }

  /** Counts each {@code dashboard_notification}. */
  private final class SocketMessages implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        if (partial.indexOf("\"type\":\"dashboard_notification\"") >= 0) {
          overWebSocket.incrementAndGet();
          arrive(partial);
        }
        partial.setLength(0);
      }
      socket.request(1);
      return null;
    }
  }

  private static String rss() {
    String pid = System.getProperty("chidi.benchmark.payara-pid");
    if (pid == null) {
      return "unknown (set chidi.benchmark.payara-pid)";
    }
    try {
      return Files.readAllLines(Path.of("/proc", pid, "status")).stream()
          .filter(line -> line.startsWith("VmRSS:"))
          .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 + " MB")
          .findFirst()
          .orElse("unknown");
    } catch (java.io.IOException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }
}
