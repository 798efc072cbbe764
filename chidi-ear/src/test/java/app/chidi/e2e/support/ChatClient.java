package app.chidi.e2e.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A client of {@code /ws/chat} on the JDK's WebSocket, as an API client would connect. */
public final class ChatClient implements WebSocket.Listener, AutoCloseable {

  /** How the server closed the connection. */
  public record Closed(int code, String reason) {}

  private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
  private final CompletableFuture<Closed> closed = new CompletableFuture<>();
  private final StringBuilder partial = new StringBuilder();
  private WebSocket socket;

  /** Connects with {@code token} offered as the {@code chidi.bearer} subprotocol, or none. */
  public static ChatClient connect(Api api, String token) {
    URI uri = URI.create(api.base().resolve("ws/chat").toString().replaceFirst("^http", "ws"));
    ChatClient client = new ChatClient();
    WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
    if (token != null) {
      builder.subprotocols("chidi.bearer", token);
    }
    client.socket = builder.buildAsync(uri, client).orTimeout(10, TimeUnit.SECONDS).join();
    return client;
  }

  /** Sends a raw frame. */
  public void send(String frame) {
    socket.sendText(frame, true).orTimeout(10, TimeUnit.SECONDS).join();
  }

  /** Sends {@code {"type": type, field: value}}. */
  public void send(String type, String field, String value) {
    send(Json.createObjectBuilder().add("type", type).add(field, value).build().toString());
  }

  public void say(String content) {
    send("user_message", "content", content);
  }

  /** The next server message, which must be of {@code type}; its {@code data}. */
  public JsonObject next(String type) {
    JsonObject message = next();
    assertEquals(type, message.getString("type"), message.toString());
    return message.getJsonObject("data");
  }

  public JsonObject next() {
    try {
      JsonObject message = received.poll(15, TimeUnit.SECONDS);
      assertNotNull(message, "no message from the chat within 15 s");
      return message;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Closed closed() {
    return closed.orTimeout(15, TimeUnit.SECONDS).join();
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      received.add(Json.createReader(new StringReader(partial.toString())).readObject());
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

  @Override
  public void close() {
    if (!socket.isOutputClosed()) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS).join();
    }
  }
}
