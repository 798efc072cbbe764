package app.chidi.platform.web;

import app.chidi.account.entity.Role;
import jakarta.faces.context.FacesContext;
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

  /**
   * Who is signed in to {@code session}; empty when no one is or the session has ended.
   *
   * @param session the HTTP session, or {@code null}
   */
  public static Optional<DashboardSession> of(HttpSession session) {
    if (session == null) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable((DashboardSession) session.getAttribute(ATTRIBUTE));
    } catch (IllegalStateException invalidated) {
      return Optional.empty();
    }
  }

  /** Starts a signed-in session, replacing the session id to prevent session fixation. */
  public void signIn(HttpServletRequest request) {
    request.getSession(true);
    request.changeSessionId();
    request.getSession().setAttribute(ATTRIBUTE, this);
  }

  /** Who answers customers, on the dashboard as in the API (spec 6.1); viewers read. */
  public static final Set<Role> ANSWER_CUSTOMERS = Set.of(Role.OWNER, Role.ADMIN, Role.OPERATOR);

  /** Whether the member signed in on the current Faces request has one of {@code roles}. */
  public static boolean currentHasAnyRole(Set<Role> roles) {
    return hasAnyRole(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest(),
        roles);
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
