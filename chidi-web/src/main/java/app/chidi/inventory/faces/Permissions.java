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
    return DashboardSession.hasAnyRole(request, Set.of(Role.OWNER, Role.ADMIN, Role.OPERATOR));
  }

  static boolean canArchive(HttpServletRequest request) {
    return DashboardSession.hasAnyRole(request, Set.of(Role.OWNER, Role.ADMIN));
  }
}
