package app.chidi.e2e.notification;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A push service (RFC 8030) on loopback: it keeps every message posted to {@code /push/<device>}
 * and answers 201, or 410 Gone for a device whose name starts with {@code gone}.
 */
final class PushServiceStub implements AutoCloseable {

  /** One message as the push service received it. */
  record Received(
      String device,
      String authorization,
      String encoding,
      String ttl,
      String urgency,
      byte[] body) {}

  private final HttpServer server;
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

  PushServiceStub() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/push/", this::handle);
    server.start();
  }

  /** The endpoint of a subscription for {@code device}. */
  URI endpoint(String device) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/push/" + device);
  }

  /** The origin CHIDI's VAPID token must name as audience. */
  String origin() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The next message received, or {@code null} after {@code timeout}. */
  Received next(Duration timeout) throws InterruptedException {
    return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String device = exchange.getRequestURI().getPath().substring("/push/".length());
    received.add(
        new Received(
            device,
            exchange.getRequestHeaders().getFirst("Authorization"),
            exchange.getRequestHeaders().getFirst("Content-Encoding"),
            exchange.getRequestHeaders().getFirst("TTL"),
            exchange.getRequestHeaders().getFirst("Urgency"),
            exchange.getRequestBody().readAllBytes()));
    exchange.sendResponseHeaders(device.startsWith("gone") ? 410 : 201, -1);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
