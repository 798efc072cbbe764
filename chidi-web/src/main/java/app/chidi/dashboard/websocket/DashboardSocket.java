package app.chidi.dashboard.websocket;

import app.chidi.platform.tenancy.Tenant;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.time.Instant;

/**
 * The live dashboard ({@code /ws/dashboard}, spec 5.1): on connect {@code dashboard_init}, then
 * {@code dashboard_notification} and {@code dashboard_notification_read} as they are published, for
 * the connection's business and person only. It only pushes; nothing a client sends changes state.
 * An unauthenticated connection is closed with code 1008 and the reason.
 */
@ServerEndpoint(value = "/ws/dashboard", configurator = DashboardHandshake.class)
public class DashboardSocket {

  @Inject DashboardSockets sockets;

  @OnOpen
  public void open(Session session) throws IOException {
    Object tenant = session.getUserProperties().get(DashboardHandshake.TENANT);
    if (!(tenant instanceof Tenant known)) {
      String reason = (String) session.getUserProperties().get(DashboardHandshake.REFUSAL);
      session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, reason));
      return;
    }
    sockets.open(
        session, known, (Instant) session.getUserProperties().get(DashboardHandshake.EXPIRES_AT));
  }

  @OnClose
  public void close(Session session) {
    sockets.forget(session);
  }

  @OnError
  public void error(Session session, Throwable error) {
    sockets.forget(session);
  }
}
