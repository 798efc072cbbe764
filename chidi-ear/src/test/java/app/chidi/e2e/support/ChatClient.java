package app.chidi.e2e.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;

/** A client of {@code /ws/chat} on the JDK's WebSocket, as an API client would connect. */
public final class ChatClient implements AutoCloseable {

  private static final Duration WAIT = Duration.ofSeconds(15);

  private final SocketClient socket;

  private ChatClient(SocketClient socket) {
    this.socket = socket;
  }

  /** Connects with {@code token} offered as the {@code chidi.bearer} subprotocol, or none. */
  public static ChatClient connect(Api api, String token) {
    URI uri = URI.create(api.base().resolve("ws/chat").toString().replaceFirst("^http", "ws"));
    return new ChatClient(
        token == null ? new SocketClient(uri) : new SocketClient(uri, "chidi.bearer", token));
  }

  /** Sends a raw frame. */
  public void send(String frame) {
    socket.send(frame);
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
      JsonObject message = socket.next(WAIT);
      assertNotNull(message, "no message from the chat within 15 s");
      return message;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public SocketClient.Closed closed() {
    try {
      return socket.closed(WAIT);
    } catch (Exception e) {
      throw new IllegalStateException("the chat was not closed within 15 s", e);
    }
  }

  @Override
  public void close() {
    socket.closeNormally();
  }
}
