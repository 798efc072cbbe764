package app.chidi.chat.websocket;

import app.chidi.chat.boundary.ChatEvent;
import app.chidi.chat.boundary.OwnerChat;
import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.TooManyRequestsException;
import app.chidi.platform.ratelimit.RateLimiter;
import app.chidi.platform.tenancy.TenantContext;
import app.chidi.platform.web.JsonConfig;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code /ws/chat}: the signed-in person's chat with CHIDI (spec 5.1 message types). A frame that
 * is too large, not JSON, of an unknown type or over the rate limit gets an {@code error} with a
 * stable code and the connection stays open; a connection without a valid caller, or whose token or
 * session has ended, is closed with 1008 and the reason.
 */
@ServerEndpoint(
    value = "/ws/chat",
    configurator = ChatHandshake.class,
    subprotocols = ChatHandshake.SUBPROTOCOL)
public class ChatSocket {

  /** The largest frame CHIDI reads, in bytes of UTF-8. */
  static final int MAX_FRAME_BYTES = 4096;

  /** Messages per {@code history} page unless the client asks for another number (1 to 100). */
  static final int HISTORY_PAGE = 30;

  @Inject OwnerChat chat;
  @Inject RateLimiter limits;

  @OnOpen
  public void open(Session session, EndpointConfig config) throws IOException {
    Object caller = config.getUserProperties().get(ChatHandshake.CALLER);
    if (caller == null) {
      refuse(
          session, "unauthenticated: sign in, or offer the subprotocols chidi.bearer and a token");
      return;
    }
    session.getUserProperties().put(ChatHandshake.CALLER, caller);
    ChatCaller found = (ChatCaller) caller;
    send(session, TenantContext.callAs(found.tenant(), () -> chat.greet(found.role())));
  }

  @OnMessage(maxMessageSize = 65_536)
  public void receive(Session session, String frame) throws IOException {
    ChatCaller caller = (ChatCaller) session.getUserProperties().get(ChatHandshake.CALLER);
    Optional<String> ended = caller.ended(Instant.now());
    if (ended.isPresent()) {
      refuse(session, ended.get());
      return;
    }
    send(session, TenantContext.callAs(caller.tenant(), () -> answer(caller, frame)));
  }

  private List<ChatEvent> answer(ChatCaller caller, String frame) {
    try {
      limits.acquire(RateLimiter.Limit.CHAT_MESSAGES_PER_USER, caller.tenant().userId().toString());
      if (frame.getBytes(StandardCharsets.UTF_8).length > MAX_FRAME_BYTES) {
        return error("chat/message-too-large", "A message may be at most 4 KB");
      }
      return ClientMessage.parse(frame)
          .map(message -> dispatch(caller, message))
          .orElseGet(() -> error("chat/malformed-message", "Send a JSON object with a type"));
    } catch (TooManyRequestsException limited) {
      return error(
          limited.code(),
          "At most 100 messages a minute; wait " + limited.retryAfter().toSeconds() + " s");
    } catch (BusinessException refused) {
      return error(refused.code(), refused.getMessage());
    }
  }

  private List<ChatEvent> dispatch(ChatCaller caller, ClientMessage message) {
    return switch (message.type()) {
      case "user_message" ->
          needs(message.text("content"), "content", text -> chat.talk(text, caller.role()));
      case "confirm" ->
          needs(message.id("proposal_id"), "proposal_id", id -> chat.confirm(id, caller.role()));
      case "cancel" -> needs(message.id("proposal_id"), "proposal_id", chat::cancel);
      case "update_context" -> List.of(chat.context());
      case "history" ->
          List.of(
              new ChatEvent(
                  "history",
                  chat.history(message.id("before").orElse(null), message.limit(HISTORY_PAGE))));
      case "typing_indicator" -> List.of();
      default ->
          error(
              "chat/unknown-type",
              "Unknown type; send user_message, update_context, typing_indicator, confirm, cancel"
                  + " or history");
    };
  }

  private static <T> List<ChatEvent> needs(
      Optional<T> value, String field, java.util.function.Function<T, List<ChatEvent>> use) {
    Supplier<List<ChatEvent>> missing =
        () -> error("chat/malformed-message", field + " is missing or not valid");
    return value.map(use).orElseGet(missing);
  }

  private static List<ChatEvent> error(String code, String message) {
    return List.of(ChatEvent.error(code, message));
  }

  private static void send(Session session, List<ChatEvent> events) throws IOException {
    for (ChatEvent event : events) {
      session.getBasicRemote().sendText(JsonConfig.jsonb().toJson(event));
    }
  }

  private static void refuse(Session session, String reason) throws IOException {
    session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, reason));
  }
}
