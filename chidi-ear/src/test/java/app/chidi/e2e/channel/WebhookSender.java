package app.chidi.e2e.channel;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Delivers customers' WhatsApp messages to CHIDI's webhook the way Meta does: signed over the exact
 * bytes with the app secret, and retried (with backoff) until CHIDI answers 200 — Meta keeps
 * retrying a failed delivery for days. Counts what it saw besides 200s.
 */
final class WebhookSender {

  /** One customer's message; each has its own customer number and platform message id. */
  record CustomerMessage(String customer, String wamid, String text) {

    static CustomerMessage number(int n, String text) {
      return new CustomerMessage(
          String.format("2349%09d", n), "wamid.load-" + n + "-" + System.nanoTime(), text);
    }
  }

  /**
   * A delivery that was acknowledged: when its first attempt started and how long the attempt that
   * got the 200 took.
   */
  record Acknowledged(CustomerMessage message, long firstAttemptNanos, long ackNanos) {}

  private static final Duration LONGEST_BACKOFF = Duration.ofSeconds(1);

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final URI webhook;
  private final String secret;
  private final String phone;
  private final Map<String, AtomicLong> refusals = new ConcurrentHashMap<>();

  WebhookSender(URI base, String secret, String phone) {
    this.webhook = base.resolve("/api/social/webhooks/whatsapp");
    this.secret = secret;
    this.phone = phone;
  }

  /** Delivers {@code message} until it is acknowledged. */
  Acknowledged deliver(CustomerMessage message) throws InterruptedException {
    HttpRequest request = request(message);
    long first = System.nanoTime();
    long backoffMs = 50;
    while (true) {
      long start = System.nanoTime();
      String outcome;
      try {
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status == 200) {
          return new Acknowledged(message, first, System.nanoTime() - start);
        }
        outcome = "HTTP " + status;
      } catch (IOException e) {
        outcome = "no answer (" + e.getClass().getSimpleName() + ")";
      }
      refusals.computeIfAbsent(outcome, key -> new AtomicLong()).incrementAndGet();
      Thread.sleep(backoffMs);
      backoffMs = Math.min(backoffMs * 2, LONGEST_BACKOFF.toMillis());
    }
  }

  /** The signed webhook request of {@code message}. */
  HttpRequest request(CustomerMessage message) {
    byte[] body = body(message);
    return post(webhook, body)
        .header("X-Hub-Signature-256", MetaWebhooks.sign(secret, body))
        .build();
  }

  /** The webhook body Meta sends for {@code message}. */
  byte[] body(CustomerMessage message) {
    return MetaWebhooks.whatsApp(
            phone, MetaWebhooks.text(message.customer(), message.wamid(), message.text()))
        .getBytes(StandardCharsets.UTF_8);
  }

  HttpClient http() {
    return http;
  }

  /** What the attempts that were not acknowledged got, e.g. {@code HTTP 500=12}. */
  Map<String, Long> refusals() {
    Map<String, Long> counts = new TreeMap<>();
    refusals.forEach((outcome, count) -> counts.put(outcome, count.get()));
    return counts;
  }

  /** A webhook-like POST of {@code body} to {@code uri}, as Meta sends it. */
  static HttpRequest.Builder post(URI uri, byte[] body) {
    return HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .header("Accept", "*/*")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
  }
}
