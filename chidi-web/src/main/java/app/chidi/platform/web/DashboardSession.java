package app.chidi.platform.web;

import app.chidi.account.entity.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is signed in to the dashboard in this HTTP session. The dashboard signs in with the same
 * accounts as the API; this record in the session is what its pages and the tenant filter read.
 */
public record DashboardSession(UUID userId, UUID businessId, Role role, String email)
    implements Serializable {

  static final String ATTRIBUTE = "chidi.dashboard";

  public static Optional<DashboardSession> of(HttpServletRequest request) {
    return of(request.getSession(false));
  }

  /** Who is signed in to {@code session} ({@code null}: none), e.g. a WebSocket handshake's. */
  public static Optional<DashboardSession> of(HttpSession session) {
    return session == null
        ? Optional.empty()
        : Optional.ofNullable((DashboardSession) session.getAttribute(ATTRIBUTE));
  }

  /** Starts a signed-in session, replacing the session id to prevent session fixation. */
  public void signIn(HttpServletRequest request) {
    request.getSession(true);
    request.changeSessionId();
    request.getSession().setAttribute(ATTRIBUTE, this);
  }

  /** Whether the member signed in on {@code request} has one of {@code roles}. */
  public static boolean hasAnyRole(HttpServletRequest request, Set<Role> roles) {
    return of(request).map(session -> roles.contains(session.role())).orElse(false);
  }

  public static void signOut(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}
