package app.chidi.chat.websocket;

import app.chidi.account.entity.Role;
import app.chidi.platform.tenancy.Tenant;
import app.chidi.platform.web.DashboardSession;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Optional;

/**
 * Who is on the other end of a chat connection, and for how long: until the access token expires,
 * or while the dashboard session lasts.
 */
record ChatCaller(Tenant tenant, Role role, Instant expiresAt, HttpSession session) {

  static ChatCaller bearer(Tenant tenant, Role role, Instant expiresAt) {
    return new ChatCaller(tenant, role, expiresAt, null);
  }

  static Optional<ChatCaller> dashboard(HttpSession session) {
    return DashboardSession.of(session)
        .map(
            signedIn ->
                new ChatCaller(
                    new Tenant(signedIn.businessId(), signedIn.userId()),
                    signedIn.role(),
                    null,
                    session));
  }

  /** Why the connection may not go on, or empty while it may. */
  Optional<String> ended(Instant now) {
    if (session != null) {
      return DashboardSession.of(session).isPresent()
          ? Optional.empty()
          : Optional.of("session ended: sign in again");
    }
    return now.isBefore(expiresAt)
        ? Optional.empty()
        : Optional.of("access token expired: reconnect with a fresh one");
  }
}
