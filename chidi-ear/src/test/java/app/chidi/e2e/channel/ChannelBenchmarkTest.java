package app.chidi.e2e.channel;

import app.chidi.e2e.channel.WebhookSender.CustomerMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The webhook intake's throughput and acknowledgement time beside a no-op JAX-RS POST of the same
 * size on the same server in the same run, the acknowledgement time at a fixed 500 webhooks/s, and
 * the time from a webhook's POST to its reply at the Graph API stand-in at 50/s with the local
 * engine. Not part of the test suite: {@code .ci/benchmark-channels} runs it and prints the figures
 * beside the machine's load; it asserts nothing about time.
 */
@Tag("benchmark")
class ChannelBenchmarkTest {

  private static final String SECRET = System.getenv("CHIDI_META_APP_SECRET");
  private static final URI GRAPH_API = URI.create(System.getenv("CHIDI_GRAPH_API_URL"));
  private static final Path DIR = Path.of(System.getProperty("chidi.reliability.dir"));
  private static final int HTTP_PORT = Integer.getInteger("chidi.reliability.port", 18090);
  private static final int REQUESTS = Integer.getInteger("chidi.benchmark.requests", 6000);
  private static final int CLIENTS = 32;
  private static final String QUESTION = "Do you have the adire maxi dress in M?";

  private static final Duration QUIET = Duration.ofSeconds(30);

  private final AtomicInteger customers = new AtomicInteger();

  /** Webhooks acknowledged so far, each owed one reply at the stand-in. */
  private int acknowledged;

  @Test
  void intakeThroughputAndAcknowledgementTimes() throws Exception {
    try (GraphApiStub graph = new GraphApiStub(GRAPH_API.getPort());
        ChannelServer chidi =
            ChannelServer.start(DIR.resolve("bench"), HTTP_PORT, Optional.empty())) {
      WebhookSender sender = new WebhookSender(chidi.url(), SECRET, chidi.openShop(graph).phone());
      URI noop = chidi.url().resolve("/api/social/webhooks/noop");
      IntFunction<HttpRequest> webhook = n -> sender.request(next());
      IntFunction<HttpRequest> noopOfSameSize =
          n -> WebhookSender.post(noop, sender.body(next())).build();

      System.out.println("Warm-up (JIT), " + MachineLoad.now());
      closedLoop(sender, noopOfSameSize, REQUESTS / 3);
      drain(graph, closedLoop(sender, webhook, REQUESTS / 3));

      System.out.printf("Throughput, %d clients each sending as fast as answered:%n", CLIENTS);
      Figures baseline = closedLoop(sender, noopOfSameSize, REQUESTS);
      print("  no-op POST (same body)", baseline);
      Figures intake = closedLoop(sender, webhook, REQUESTS);
      print("  signed webhooks       ", intake);
      System.out.printf(
          "  webhooks at %.0f %% of the no-op endpoint (goal ≥ 1,500/s and ≥ 50 %%)%n",
          100 * intake.perSecond() / baseline.perSecond());
      drain(graph, intake);

      Figures fixed = openLoop(sender, webhook, 500, Duration.ofSeconds(6));
      print("Signed webhooks at a fixed 500/s for 6 s (goal p99 < 30 ms)", fixed);
      drain(graph, fixed);

      int before = graph.requests().size();
      Map<String, Long> posted = new ConcurrentHashMap<>();
      Figures atFifty =
          openLoop(
              sender,
              n -> {
                CustomerMessage message = next();
                posted.put(message.customer(), System.nanoTime());
                return sender.request(message);
              },
              50,
              Duration.ofSeconds(20));
      drain(graph, atFifty);
      ReplyTally replies =
          new ReplyTally(graph.requests().subList(before, graph.requests().size()));
      long[] toReply =
          posted.entrySet().stream()
              .filter(e -> replies.firstArrival(e.getKey()) != null)
              .mapToLong(e -> replies.firstArrival(e.getKey()) - e.getValue())
              .sorted()
              .toArray();
      System.out.printf(
          "Webhook POST to reply at the stand-in, 50/s for 20 s, local engine (goal p95 < 150 ms):"
              + " %d of %d answered, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; %s%n",
          toReply.length,
          posted.size(),
          percentile(toReply, 0.50),
          percentile(toReply, 0.95),
          percentile(toReply, 0.99),
          MachineLoad.now());
    }
  }

  private record Figures(int requests, int failed, double perSecond, long[] sortedNanos) {}

  private CustomerMessage next() {
    return CustomerMessage.number(customers.incrementAndGet(), QUESTION);
  }

  /** {@link #CLIENTS} clients, each sending its next request as soon as the last is answered. */
  private static Figures closedLoop(
      WebhookSender sender, IntFunction<HttpRequest> requests, int count) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    long[] nanos = new long[count];
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger index = new AtomicInteger();
    long start = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      running.add(
          clients.submit(
              () -> {
                for (int n = index.getAndIncrement(); n < count; n = index.getAndIncrement()) {
                  HttpRequest request = requests.apply(n);
                  long begin = System.nanoTime();
                  int status =
                      sender
                          .http()
                          .send(request, HttpResponse.BodyHandlers.discarding())
                          .statusCode();
                  nanos[n] = System.nanoTime() - begin;
                  if (status != 200) {
                    failed.incrementAndGet();
                  }
                }
                return null;
              }));
    }
    for (Future<?> client : running) {
      client.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    clients.shutdown();
    Arrays.sort(nanos);
    return new Figures(count, failed.get(), count / seconds, nanos);
  }

  /**
   * Requests sent at a fixed rate, whether or not the earlier ones were answered; one not answered
   * within the request timeout (30 s) counts as failed, with the time it waited.
   */
  private static Figures openLoop(
      WebhookSender sender, IntFunction<HttpRequest> requests, int perSecond, Duration duration)
      throws Exception {
    int count = (int) (perSecond * duration.toSeconds());
    long[] nanos = new long[count];
    AtomicInteger failed = new AtomicInteger();
    List<CompletableFuture<Object>> answers = new ArrayList<>();
    long start = System.nanoTime();
    long interval = 1_000_000_000L / perSecond;
    for (int n = 0; n < count; n++) {
      long due = start + n * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      int i = n;
      HttpRequest request = requests.apply(n);
      long begin = System.nanoTime();
      answers.add(
          sender
              .http()
              .sendAsync(request, HttpResponse.BodyHandlers.discarding())
              .handle(
                  (response, error) -> {
                    nanos[i] = System.nanoTime() - begin;
                    if (error != null || response.statusCode() != 200) {
                      failed.incrementAndGet();
                    }
                    return null;
                  }));
    }
    CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
    double seconds = (System.nanoTime() - start) / 1e9;
    Arrays.sort(nanos);
    return new Figures(count, failed.get(), count / seconds, nanos);
  }

  /**
   * Waits until every webhook acknowledged so far (those of {@code phase} the latest) has its reply
   * at the stand-in, so a backlog never spills into the next phase's figures; gives up, saying so,
   * when no reply arrived for 30 s.
   */
  private void drain(GraphApiStub graph, Figures phase) throws InterruptedException {
    acknowledged += phase.requests() - phase.failed();
    long quietSince = System.nanoTime();
    int seen = graph.requests().size();
    while (seen < acknowledged && System.nanoTime() - quietSince < QUIET.toNanos()) {
      Thread.sleep(200);
      int now = graph.requests().size();
      if (now != seen) {
        seen = now;
        quietSince = System.nanoTime();
      }
    }
    if (seen < acknowledged) {
      System.out.printf("  (drain: %d of %d replies after 30 s without one)%n", seen, acknowledged);
    }
  }

  private static void print(String label, Figures figures) {
    System.out.printf(
        "%s: %d requests (%d not 200 or timed out), %.0f/s, ack p50 %.1f ms, p99 %.1f ms; %s%n",
        label,
        figures.requests(),
        figures.failed(),
        figures.perSecond(),
        percentile(figures.sortedNanos(), 0.50),
        percentile(figures.sortedNanos(), 0.99),
        MachineLoad.now());
  }

  private static double percentile(long[] sortedNanos, double q) {
    if (sortedNanos.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(q * sortedNanos.length) - 1;
    return sortedNanos[Math.max(index, 0)] / 1e6;
  }
}
