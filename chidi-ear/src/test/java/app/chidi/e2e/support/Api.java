package app.chidi.e2e.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/** A small JSON client for CHIDI's API, as any external client would call it. */
public final class Api {

  private final URI base;
  // HTTP/1.1 as most API clients speak it; the JDK's default h2c upgrade goes wrong on Grizzly
  // for a request body the server refuses unread (RST_STREAM "protocol error").
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  public Api(URL deployment) {
    this.base = Deployments.loopback(deployment);
  }

  /** A client of the application at {@code base}, e.g. {@code http://127.0.0.1:8080/}. */
  public Api(URI base) {
    this.base = base.getPath().endsWith("/") ? base : URI.create(base + "/");
  }

  public URI base() {
    return base;
  }

  public Reply get(String path, String accessToken) {
    return send(request(path, accessToken).GET());
  }

  public Reply post(String path, String json) {
    return post(path, json, null);
  }

  public Reply post(String path, String json, String accessToken) {
    return send(
        request(path, accessToken)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply patch(String path, String json, String accessToken) {
    return send(
        request(path, accessToken)
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply delete(String path, String accessToken) {
    return send(request(path, accessToken).DELETE());
  }

  /**
   * Posts a {@code multipart/form-data} form: {@code file} with {@code content}, and {@code
   * mapping} when it is not {@code null}.
   */
  public Reply upload(
      String path, String accessToken, String fileName, byte[] content, String mapping) {
    String boundary = "chidi-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    Charset utf8 = StandardCharsets.UTF_8;
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n")
            .getBytes(utf8));
    body.writeBytes(content);
    if (mapping != null) {
      body.writeBytes(
          ("\r\n--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"mapping\"\r\n\r\n"
                  + mapping)
              .getBytes(utf8));
    }
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(utf8));
    return send(
        request(path, accessToken)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  public Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A request to {@code path} below the application's context root. */
  public HttpRequest.Builder request(String path, String accessToken) {
    return request(base.resolve(path.startsWith("/") ? path.substring(1) : path), accessToken);
  }

  /** A request to a server-wide {@code path} such as {@code /health/ready} or {@code /openapi}. */
  public HttpRequest.Builder serverRequest(String path) {
    return request(base.resolve(path), null);
  }

  private HttpRequest.Builder request(URI uri, String accessToken) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json");
    if (accessToken != null) {
      request.header("Authorization", "Bearer " + accessToken);
    }
    return request;
  }

  /** A response with its body parsed when it is JSON. */
  public record Reply(HttpResponse<String> response) {

    public int status() {
      return response.statusCode();
    }

    public String body() {
      return response.body();
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    public JsonObject json() {
      return Json.createReader(new StringReader(response.body())).readObject();
    }

    public JsonArray jsonArray() {
      return Json.createReader(new StringReader(response.body())).readArray();
    }

    public String code() {
      return json().getString("code");
    }

    public String text(String pointer) {
      JsonValue value = json().getValue(pointer);
      return value.getValueType() == JsonValue.ValueType.STRING
          ? ((jakarta.json.JsonString) value).getString()
          : value.toString();
    }
  }
}
