package app.chidi.e2e.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A WebSocket client on {@code java.net.http}: it queues each text message (JSON) and the close.
 */
public final class SocketClient implements WebSocket.Listener, AutoCloseable {

  /** The close frame the server sent. */
  public record Closed(int code, String reason) {}

  private final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
  private final CompletableFuture<Closed> closed = new CompletableFuture<>();
  private final StringBuilder partial = new StringBuilder();
  private final WebSocket socket;

  /** Connects to {@code uri}, offering {@code subprotocols} (none: no header). */
  public SocketClient(URI uri, String... subprotocols) {
    WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
    if (subprotocols.length > 0) {
      builder.subprotocols(
          subprotocols[0], Arrays.copyOfRange(subprotocols, 1, subprotocols.length));
    }
    socket = builder.buildAsync(uri, this).orTimeout(10, TimeUnit.SECONDS).join();
  }

  /** Sends a text frame. */
  public void send(String frame) {
    socket.sendText(frame, true).orTimeout(10, TimeUnit.SECONDS).join();
  }

  /** The next message, or {@code null} after {@code timeout}. */
  public JsonObject next(Duration timeout) throws InterruptedException {
    return messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The server's close frame, waiting at most {@code timeout}. */
  public Closed closed(Duration timeout) throws Exception {
    return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      messages.add(Json.createReader(new StringReader(partial.toString())).readObject());
      partial.setLength(0);
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    closed.complete(new Closed(statusCode, reason));
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    closed.completeExceptionally(error);
  }

  /** Says goodbye with a normal close when the connection is still open. */
  public void closeNormally() {
    if (!socket.isOutputClosed()) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS).join();
    }
  }

  @Override
  public void close() {
    socket.abort();
  }
}
