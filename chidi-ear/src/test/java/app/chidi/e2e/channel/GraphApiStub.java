package app.chidi.e2e.channel;

import app.chidi.e2e.support.Api;
import app.chidi.e2e.support.MetaIds;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Meta's Graph API (WhatsApp Cloud API and Instagram messaging) on 127.0.0.1. It issues each
 * account its own token and confirms it as connecting does ({@code GET /{phone_number_id}}, {@code
 * GET /me}); it records every send and answers sends from a script, then with success in both
 * platforms' documented shapes.
 */
final class GraphApiStub implements AutoCloseable {

  /** One send; {@code receivedNanos} is {@link System#nanoTime()} on its arrival. */
  record Request(String path, String authorization, String body, long receivedNanos) {}

  record Answer(int status, String body, Map<String, String> headers) {

    static Answer rateLimited(int retryAfterSeconds) {
      return new Answer(
          429,
          error(130429, "Rate limit hit"),
          Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
    }

    static Answer unavailable() {
      return new Answer(503, error(2, "Service temporarily unavailable"), Map.of());
    }

    static Answer expiredToken() {
      return new Answer(401, error(190, "Error validating access token"), Map.of());
    }

    static Answer windowClosed() {
      return new Answer(400, error(131047, "Re-engagement message"), Map.of());
    }

    private static String error(int code, String message) {
      return "{\"error\": {\"message\": \""
          + message
          + "\", \"type\": \"OAuthException\", \"code\": "
          + code
          + ", \"fbtrace_id\": \"trace\"}}";
    }
  }

  private final HttpServer server;
  private final ConcurrentLinkedDeque<Answer> script = new ConcurrentLinkedDeque<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Map<String, String> tokens = new ConcurrentHashMap<>();

  GraphApiStub() {
    this(0);
  }

  /** A stand-in listening on {@code port} of 127.0.0.1 (0: any free one). */
  GraphApiStub(int port) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.createContext("/v21.0", this::handle);
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v21.0";
  }

  /** A new token Meta would have issued for {@code account}, replacing any earlier one. */
  String issueToken(String account) {
    String token = "EAA" + UUID.randomUUID();
    tokens.put(account, token);
    return token;
  }

  /**
   * Connects a new account of {@code platform} ({@code whatsapp} or {@code instagram}) for the
   * owner holding {@code ownerToken}, through the API with a token this stand-in issued for it (as
   * the owner would paste it); returns the account's id. The owner's email must be confirmed.
   */
  String connect(Api api, String ownerToken, String platform) {
    String account = MetaIds.fresh();
    Api.Reply connected =
        api.post(
            "/api/social/" + platform + "/connections",
            Json.createObjectBuilder()
                .add("account_id", account)
                .add("access_token", issueToken(account))
                .build()
                .toString(),
            ownerToken);
    if (connected.status() != 201) {
      throw new IllegalStateException(
          "Connecting failed: " + connected.status() + " " + connected.body());
    }
    return account;
  }

  /** The token last issued for {@code account}. */
  String tokenOf(String account) {
    return tokens.get(account);
  }

  GraphApiStub then(Answer answer) {
    script.add(answer);
    return this;
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  /** The requests whose body names {@code recipient}. */
  List<Request> to(String recipient) {
    return requests.stream().filter(r -> r.body().contains("\"" + recipient + "\"")).toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Answer answer;
      if ("GET".equals(exchange.getRequestMethod())) {
        answer = account(path.substring(path.lastIndexOf('/') + 1), authorization);
      } else {
        requests.add(new Request(path, authorization, body, System.nanoTime()));
        answer = script.isEmpty() ? success() : script.poll();
      }
      answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(answer.status(), bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  /**
   * {@code GET /{phone_number_id}?fields=display_phone_number,verified_name} (WhatsApp) or {@code
   * GET /me?fields=user_id,username} (Instagram), answered for the token's own account only.
   */
  private Answer account(String id, String authorization) {
    String account =
        tokens.entrySet().stream()
            .filter(issued -> ("Bearer " + issued.getValue()).equals(authorization))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElse(null);
    if (account == null || !(id.equals(account) || id.equals("me"))) {
      return Answer.expiredToken();
    }
    String json =
        id.equals("me")
            ? "{\"user_id\": \"%s\", \"username\": \"channel.shop\"}"
            : "{\"display_phone_number\": \"+234 800 000 0002\", \"verified_name\": \"Channel Shop\", \"id\": \"%s\"}";
    return new Answer(200, json.formatted(account), Map.of());
  }

  private Answer success() {
    String n = UUID.randomUUID().toString();
    return new Answer(
        200,
        "{\"messaging_product\": \"whatsapp\", \"messages\": [{\"id\": \"wamid.OUT"
            + n
            + "\"}], \"recipient_id\": \"r\", \"message_id\": \"mid.OUT"
            + n
            + "\"}",
        Map.of());
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
