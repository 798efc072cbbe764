package app.chidi.assistant.control;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A language model provider on 127.0.0.1 for contract tests: it speaks one provider's documented
 * wire format (see the subclasses), checks the API key, records every request body and answers from
 * a script — a queue of answers, then a standing one once the queue is empty.
 */
public abstract class ModelStub implements AutoCloseable {

  /** One scripted HTTP answer; {@code delayMs} is waited before it is sent. */
  public record Answer(int status, String body, Map<String, String> headers, long delayMs) {

    public static Answer ok(String body) {
      return new Answer(200, body, Map.of(), 0);
    }

    /** 429 with {@code Retry-After} in seconds. */
    public static Answer rateLimited(int retryAfterSeconds) {
      return new Answer(
          429,
          "{\"error\": {\"type\": \"rate_limit_error\", \"message\": \"slow down\"}}",
          Map.of("Retry-After", Integer.toString(retryAfterSeconds)),
          0);
    }

    public static Answer unavailable() {
      return new Answer(
          503, "{\"error\": {\"type\": \"overloaded_error\", \"message\": \"down\"}}", Map.of(), 0);
    }

    public Answer after(long millis) {
      return new Answer(status, body, headers, millis);
    }
  }

  public static final String API_KEY = "test-key";

  private final HttpServer server;
  private final ConcurrentLinkedDeque<Answer> script = new ConcurrentLinkedDeque<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private volatile Answer standing = Answer.unavailable();

  protected ModelStub(String path) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.createContext(path, this::handle);
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  /** The base URL to configure, e.g. {@code http://127.0.0.1:40123/v1}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  public ModelStub then(Answer answer) {
    script.add(answer);
    return this;
  }

  /** The answer once the script is used up. */
  public ModelStub always(Answer answer) {
    standing = answer;
    return this;
  }

  /** The request bodies received, oldest first. */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  protected abstract boolean authorised(HttpExchange exchange);

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      Answer answer = script.isEmpty() ? standing : script.poll();
      if (!authorised(exchange)) {
        answer = new Answer(401, "{\"error\": {\"message\": \"bad key\"}}", Map.of(), 0);
      }
      Thread.sleep(answer.delayMs());
      answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(answer.status(), body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // The client gave up waiting (a timeout test): nothing left to answer.
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
