package app.chidi.dashboard.websocket;

import app.chidi.account.boundary.Sessions;
import app.chidi.platform.tenancy.Tenant;
import app.chidi.platform.web.DashboardSession;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpSession;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.List;
import java.util.Map;

/**
 * Authenticates the opening handshake of {@code /ws/dashboard}: an {@code access_token} query
 * parameter (an API access token) or, for the dashboard's own pages, the signed-in HTTP session.
 * The outcome goes into the connection's user properties, which Tyrus copies per handshake
 * (eclipse-ee4j/tyrus#776, Tyrus 2.0.2+), and {@link DashboardSocket} acts on it once open, so an
 * unauthenticated client gets a close frame with a reason rather than a bare HTTP error.
 */
public class DashboardHandshake extends ServerEndpointConfig.Configurator {

  static final String TENANT = "chidi.tenant";
  static final String EXPIRES_AT = "chidi.expires-at";
  static final String REFUSAL = "chidi.refusal";

  @Override
  public void modifyHandshake(
      ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
    Map<String, Object> properties = config.getUserProperties();
    properties.keySet().removeAll(List.of(TENANT, EXPIRES_AT, REFUSAL));
    List<String> token = request.getParameterMap().get("access_token");
    if (token != null && !token.isEmpty()) {
      Sessions sessions = CDI.current().select(Sessions.class).get();
      sessions
          .holderOf(token.get(0))
          .ifPresentOrElse(
              holder -> {
                properties.put(TENANT, new Tenant(holder.businessId(), holder.userId()));
                properties.put(EXPIRES_AT, holder.expiresAt());
              },
              () -> properties.put(REFUSAL, "access token invalid or expired"));
      return;
    }
    DashboardSession.of((HttpSession) request.getHttpSession())
        .ifPresentOrElse(
            session -> properties.put(TENANT, new Tenant(session.businessId(), session.userId())),
            () -> properties.put(REFUSAL, "unauthenticated: sign in or pass access_token"));
  }
}
