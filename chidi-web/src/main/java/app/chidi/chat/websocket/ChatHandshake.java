package app.chidi.chat.websocket;

import app.chidi.account.entity.Role;
import app.chidi.platform.security.AccessTokenVerifier;
import app.chidi.platform.tenancy.Tenant;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpSession;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds who opens a chat connection. An API client offers the subprotocols {@code chidi.bearer} and
 * its access token (browsers cannot set an {@code Authorization} header on a WebSocket, and a token
 * in the URL would end up in logs); the dashboard sends its session cookie, accepted only from the
 * dashboard's own origin. The endpoint closes a connection without a caller, with the reason.
 */
public class ChatHandshake extends ServerEndpointConfig.Configurator {

  static final String SUBPROTOCOL = "chidi.bearer";
  static final String CALLER = "chidi.chat.caller";

  @Override
  public void modifyHandshake(
      ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
    List<String> offered = subprotocols(request);
    Optional<ChatCaller> caller =
        offered.size() == 2 && offered.get(0).equals(SUBPROTOCOL)
            ? bearer(offered.get(1))
            : sameOrigin(request)
                ? ChatCaller.dashboard((HttpSession) request.getHttpSession())
                : Optional.empty();
    caller.ifPresent(found -> config.getUserProperties().put(CALLER, found));
  }

  @Override
  public String getNegotiatedSubprotocol(List<String> supported, List<String> requested) {
    return requested.contains(SUBPROTOCOL) ? SUBPROTOCOL : "";
  }

  private static Optional<ChatCaller> bearer(String token) {
    return CDI.current()
        .select(AccessTokenVerifier.class)
        .get()
        .verify(token, Instant.now())
        .map(
            bearer ->
                ChatCaller.bearer(
                    new Tenant(bearer.businessId(), bearer.userId()),
                    Role.valueOf(bearer.group().toUpperCase(Locale.ROOT)),
                    bearer.expiresAt()));
  }

  private static List<String> subprotocols(HandshakeRequest request) {
    return header(request, "Sec-WebSocket-Protocol").stream()
        .flatMap(header -> List.of(header.split(",")).stream())
        .map(String::strip)
        .filter(name -> !name.isEmpty())
        .toList();
  }

  /** A browser says where the page came from; another site's page may not use our cookie. */
  private static boolean sameOrigin(HandshakeRequest request) {
    List<String> origin = header(request, "Origin");
    List<String> host = header(request, "Host");
    if (origin.isEmpty()) {
      return true;
    }
    return !host.isEmpty() && host.get(0).equalsIgnoreCase(authority(origin.get(0)));
  }

  private static List<String> header(HandshakeRequest request, String name) {
    return request.getHeaders().entrySet().stream()
        .filter(header -> header.getKey().equalsIgnoreCase(name))
        .flatMap(header -> header.getValue().stream())
        .toList();
  }

  private static String authority(String origin) {
    URI uri = URI.create(origin);
    return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
  }
}
