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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Notification fan-out on one instance (not part of the test suite; {@code
 * .ci/benchmark-notifications} runs it against a launcher): {@code chidi.benchmark.connections}
 * dashboard connections of one business, half server-sent event streams and half {@code
 * /ws/dashboard} WebSockets, then stock adjustments that each raise one notification (out of stock,
 * then restock). Latency = from sending the adjustment to the event's arrival at each connection:
 * the request's transaction, the topic, the message-driven bean and the push. Client and server
 * share the machine's cores.
 */
@Tag("benchmark")
class NotificationBenchmarkTest {

  private static final URI BASE =
      URI.create(System.getProperty("chidi.benchmark.url", "http://127.0.0.1:18082") + "/");
  private static final int CONNECTIONS = Integer.getInteger("chidi.benchmark.connections", 2000);
  private static final int ROUNDS = Integer.getInteger("chidi.benchmark.rounds", 20);
  private static final int WARM_UP = 4;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
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
      if (i % 2 == 0) {
        openStream(token);
      } else {
        sockets.add(openSocket(token));
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
    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(
        "Notification to client over %d notifications x %d connections: delivered %d of %d,"
            + " p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        ROUNDS,
        CONNECTIONS,
        delivered,
        ROUNDS * CONNECTIONS,
        percentile(sorted, 0.50),
        percentile(sorted, 0.95),
        percentile(sorted, 0.99),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    System.out.printf(
        "Events received in all rounds: %d over SSE, %d over WebSocket%n",
        overSse.get(), overWebSocket.get());
    System.out.println("Payara Micro RSS: " + rssBefore + " before, " + rss() + " with them open");
  }

  private static double percentile(long[] sorted, double p) {
    return sorted.length == 0
        ? 0
        : sorted[(int) Math.min(sorted.length - 1, sorted.length * p)] / 1e6;
  }

  private void arrive() {
    latencies.add(System.nanoTime() - roundStart);
    arrived.incrementAndGet();
  }

  private void openStream(String token) {
    HttpRequest request =
        HttpRequest.newBuilder(BASE.resolve("api/notifications/stream"))
            .header("Accept", "text/event-stream")
            .header("Authorization", "Bearer " + token)
            .build();
    http.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(new EventLines()));
  }

  private WebSocket openSocket(String token) {
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

    @Override
    public void onNext(String line) {
      if (line.startsWith("id:")) {
        overSse.incrementAndGet();
        arrive();
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
          arrive();
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
