package app.chidi.assistant.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.chidi.platform.meaning.SentenceEncoder;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The assistant benchmark, run by {@code .ci/benchmark-assistant} and excluded from the test suite
 * (tag {@code benchmark}): the local engine's warm reply latency in-process and through {@code POST
 * /api/assistant/preview}, and the threshold tables of the dev and held-out sets. Each figure is
 * one test method, so a new one (embeddings per second) is one more method.
 */
@Tag("benchmark")
class AssistantBenchmarkTest {

  /** Set to the base URL of a running launcher with the demo shop to time the REST API. */
  static final String URL_PROPERTY = "chidi.benchmark.url";

  private static final List<Double> THRESHOLDS =
      DoubleStream.iterate(0.50, t -> t < 0.96, t -> t + 0.05)
          .map(t -> Math.round(t * 100) / 100.0)
          .boxed()
          .toList();

  private final List<String> messages =
      DevSet.load("devset").cases().stream().map(DevSet.Case::message).toList();

  @Test
  void replyLatencyInProcess() {
    DemoShopFixture shop = DemoShopFixture.demo();
    print("Local engine in-process (DemoShopFixture)", warmLatencies(shop::reply));
  }

  @Test
  void replyLatencyThroughPreviewApi() throws IOException, InterruptedException {
    String base = System.getProperty(URL_PROPERTY);
    assumeTrue(base != null, "set -D" + URL_PROPERTY + " to the URL of a running launcher");
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String token = login(http, base);
    print(
        "POST /api/assistant/preview (demo shop)",
        warmLatencies(message -> preview(http, base, token, message)));
  }

  @Test
  void embeddingsPerSecond() {
    SentenceEncoder.embedAll(messages);
    long start = System.nanoTime();
    messages.forEach(SentenceEncoder::embed);
    double single = messages.size() / ((System.nanoTime() - start) / 1e9);
    start = System.nanoTime();
    SentenceEncoder.embedAll(messages);
    double batched = messages.size() / ((System.nanoTime() - start) / 1e9);
    System.out.printf(
        Locale.ROOT,
        "Sentence embeddings (all-MiniLM-L6-v2, quantized), warm, %d dev set messages: "
            + "%.0f a second one at a time, %.0f a second in one batch%n",
        messages.size(),
        single,
        batched);
  }

  @Test
  void thresholdTables() {
    DemoShopFixture shop = DemoShopFixture.demo();
    shop.threshold = 0;
    for (String set : List.of("devset", "heldout")) {
      System.out.print(Scorecard.score(DevSet.load(set), shop).thresholds(THRESHOLDS));
    }
  }

  /** Nanoseconds per message of the dev set, after a warm-up pass over the same messages. */
  private long[] warmLatencies(Consumer<String> reply) {
    messages.forEach(reply);
    long[] nanos = new long[messages.size()];
    for (int i = 0; i < nanos.length; i++) {
      long start = System.nanoTime();
      reply.accept(messages.get(i));
      nanos[i] = System.nanoTime() - start;
    }
    return nanos;
  }

  private static void print(String label, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "%s, warm, over %d dev set messages: p50 %.2f ms, p95 %.2f ms%n",
        label,
        sorted.length,
        percentile(sorted, 0.50) / 1e6,
        percentile(sorted, 0.95) / 1e6);
  }

  /** The nearest-rank percentile of sorted values. */
  private static long percentile(long[] sorted, double p) {
    return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
  }

  private static String login(HttpClient http, String base)
      throws IOException, InterruptedException {
    String body =
        Json.createObjectBuilder()
            .add("email", "demo@chidi.local")
            .add("password", "ChidiDemo2026!")
            .build()
            .toString();
    HttpResponse<String> response =
        http.send(post(base + "/api/auth/login", body).build(), BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), "demo sign-in: " + response.body());
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject().getJsonObject("session").getString("access_token");
    }
  }

  private static void preview(HttpClient http, String base, String token, String message) {
    String body = Json.createObjectBuilder().add("message", message).build().toString();
    HttpRequest request =
        post(base + "/api/assistant/preview", body)
            .header("Authorization", "Bearer " + token)
            .build();
    try {
      HttpResponse<String> response = http.send(request, BodyHandlers.ofString());
      assertEquals(
          200, response.statusCode(), "preview of \"" + message + "\": " + response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while timing the preview", e);
    }
  }

  private static HttpRequest.Builder post(String url, String json) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/json")
        .POST(BodyPublishers.ofString(json));
  }
}
