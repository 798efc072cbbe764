package app.chidi.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Posts one encrypted message to a push service (RFC 8030) with its VAPID authorization and answers
 * the status. A push service that cannot be reached answers {@link #UNREACHABLE}: the message is
 * logged and dropped for that browser, not retried (a notification is also in the inbox and the
 * live streams; a retry would push it again to every other browser).
 */
@ApplicationScoped
public class PushSender {

  /** The status reported when no HTTP answer came. */
  public static final int UNREACHABLE = -1;

  /** How long the push service keeps a message for an offline browser. */
  static final Duration TIME_TO_LIVE = Duration.ofHours(24);

  private static final Logger LOG = Logger.getLogger(PushSender.class.getName());

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Inject VapidSigner vapid;

  /** Sends {@code body} (already encrypted) to {@code endpoint}; answers the HTTP status. */
  public int send(URI endpoint, byte[] body, boolean urgent) {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", vapid.authorization(endpoint, Instant.now()))
            .header("Content-Encoding", "aes128gcm")
            .header("Content-Type", "application/octet-stream")
            .header("TTL", Long.toString(TIME_TO_LIVE.toSeconds()))
            .header("Urgency", urgent ? "high" : "normal")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Push service {0} unreachable: {1}", new Object[] {endpoint, e});
      return UNREACHABLE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while pushing", e);
    }
  }
}
