package app.chidi.e2e.channel;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Meta's Graph API (WhatsApp Cloud API and Instagram messaging) on 127.0.0.1: it records every
 * request and answers from a script, then with success in both platforms' documented shapes.
 */
final class GraphApiStub implements AutoCloseable {

  static final String TOKEN = "graph-test-token";

  record Request(String path, String authorization, String body) {}

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

  GraphApiStub() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
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
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      requests.add(
          new Request(
              exchange.getRequestURI().getPath(),
              exchange.getRequestHeaders().getFirst("Authorization"),
              body));
      Answer answer = script.isEmpty() ? success() : script.poll();
      answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(answer.status(), bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
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
