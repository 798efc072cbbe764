package app.chidi.connection.control;

import app.chidi.platform.json.CachedJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The few calls CHIDI makes to Meta to set up a connection, over the JDK HTTP client with short
 * timeouts (they run inside a request, well below the JTA timeout). Failures carry Meta's error
 * code and message but never the request: its URL or body may hold a token or the app secret.
 */
@ApplicationScoped
public class MetaHttp {

  static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** {@code GET uri}, with the token as a bearer credential when there is one. */
  JsonObject get(URI uri, String bearerToken) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET();
    if (bearerToken != null) {
      request.header("Authorization", "Bearer " + bearerToken);
    }
    return send(request.build());
  }

  /** {@code POST uri} with an {@code application/x-www-form-urlencoded} body. */
  JsonObject postForm(URI uri, Map<String, String> form) {
    return send(
        HttpRequest.newBuilder(uri)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
            .build());
  }

  /** {@code base + path + "?" + query}, each value URL-encoded. */
  static URI uri(String base, String path, Map<String, String> query) {
    String root = base.replaceAll("/+$", "");
    return URI.create(root + path + (query.isEmpty() ? "" : "?" + encode(query)));
  }

  static String encode(Map<String, String> values) {
    return values.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private JsonObject send(HttpRequest request) {
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new MetaCallException(
          0, null, "Meta could not be reached (" + e.getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MetaCallException(0, null, "interrupted while calling Meta");
    }
    JsonObject body = parse(response.body());
    if (response.statusCode() / 100 != 2) {
      JsonObject error = body.getJsonObject("error");
      throw new MetaCallException(
          response.statusCode(),
          error == null || !error.containsKey("code") ? null : error.get("code").toString(),
          error == null ? "HTTP " + response.statusCode() : error.getString("message", ""));
    }
    return body;
  }

  private static JsonObject parse(String body) {
    try (JsonReader reader = CachedJson.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      return CachedJson.createObjectBuilder().build();
    }
  }
}
