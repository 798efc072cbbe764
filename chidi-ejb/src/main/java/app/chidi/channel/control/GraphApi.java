package app.chidi.channel.control;

import app.chidi.platform.http.RetryAfterHeader;
import app.chidi.platform.json.CachedJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.function.Function;

/**
 * Posts to Meta's Graph APIs and reads the answer as a {@link SendOutcome}: error 190 is an expired
 * token, 131047 a closed WhatsApp window, 429, 5xx and the platform's throttling codes are worth a
 * retry (after {@code Retry-After}), anything else is refused for good.
 */
@ApplicationScoped
public class GraphApi {

  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
  private static final String EXPIRED_TOKEN = "190";
  private static final String WINDOW_CLOSED = "131047";

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /**
   * @param throttling the platform's error codes that mean "too many requests"
   * @param idOf reads the sent message's id from a successful answer
   */
  public SendOutcome post(
      URI uri,
      String token,
      JsonObject body,
      Set<String> throttling,
      Function<JsonObject, String> idOf) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(REQUEST_TIMEOUT)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return outcome(response, throttling, idOf);
    } catch (IOException e) {
      return SendOutcome.retry("network", e.getClass().getSimpleName(), Duration.ZERO);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return SendOutcome.retry("interrupted", "interrupted", Duration.ZERO);
    }
  }

  static SendOutcome outcome(
      HttpResponse<String> response, Set<String> throttling, Function<JsonObject, String> idOf) {
    int status = response.statusCode();
    JsonObject body = json(response.body());
    if (status / 100 == 2 && body != null) {
      return SendOutcome.sent(idOf.apply(body));
    }
    JsonObject error = body == null ? null : body.getJsonObject("error");
    String code = error == null ? Integer.toString(status) : error.get("code").toString();
    String detail = error == null ? "HTTP " + status : error.getString("message", "HTTP " + status);
    if (EXPIRED_TOKEN.equals(code)) {
      return SendOutcome.of(SendOutcome.Kind.EXPIRED, code, detail);
    }
    if (WINDOW_CLOSED.equals(code)) {
      return SendOutcome.of(SendOutcome.Kind.WINDOW_CLOSED, code, detail);
    }
    if (status == 429 || status >= 500 || throttling.contains(code)) {
      Duration wait =
          response
              .headers()
              .firstValue("Retry-After")
              .flatMap(RetryAfterHeader::parse)
              .orElse(Duration.ZERO);
      return SendOutcome.retry(code, detail, wait);
    }
    return SendOutcome.of(SendOutcome.Kind.FAILED, code, detail);
  }

  private static JsonObject json(String text) {
    try {
      return CachedJson.createReader(new StringReader(text)).readObject();
    } catch (JsonException | ClassCastException e) {
      return null;
    }
  }
}
