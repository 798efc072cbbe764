package app.chidi.assistant.faces;

import app.chidi.account.entity.Role;
import app.chidi.platform.web.DashboardSession;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/** Who may change the rules, knowledge and settings on the assistant page. */
final class Permissions {

  private Permissions() {}

  /** Owners and admins change rules and knowledge (spec 6.1); the others read. */
  static boolean canManage(HttpServletRequest request) {
    return DashboardSession.hasAnyRole(request, Set.of(Role.OWNER, Role.ADMIN));
  }

  /** Only the owner changes the business's settings, such as the confidence threshold. */
  static boolean canChangeSettings(HttpServletRequest request) {
    return DashboardSession.hasAnyRole(request, Set.of(Role.OWNER));
  }
}
