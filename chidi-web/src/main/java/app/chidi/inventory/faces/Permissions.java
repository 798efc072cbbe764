package app.chidi.inventory.faces;

import app.chidi.account.entity.Role;
import app.chidi.platform.web.DashboardSession;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * What the signed-in member may do with the catalogue, as the API allows it (spec 6.1): viewers
 * only read; only owners and admins archive.
 */
final class Permissions {

  private Permissions() {}

  static boolean canChange(HttpServletRequest request) {
    return hasRole(request, Set.of(Role.OWNER, Role.ADMIN, Role.OPERATOR));
  }

  static boolean canArchive(HttpServletRequest request) {
    return hasRole(request, Set.of(Role.OWNER, Role.ADMIN));
  }

  private static boolean hasRole(HttpServletRequest request, Set<Role> roles) {
    return DashboardSession.of(request).map(s -> roles.contains(s.role())).orElse(false);
  }
}
