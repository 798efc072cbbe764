package app.chidi.e2e.notification;

import app.chidi.notification.boundary.NewNotification;
import app.chidi.notification.boundary.Notifications;
import app.chidi.notification.entity.Notification;
import app.chidi.notification.entity.NotificationPriority;
import app.chidi.platform.tenancy.Tenant;
import app.chidi.platform.tenancy.TenantContext;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Deployed by {@link NotificationIT} only: raises a notification through the boundary every
 * component will use, then lists the recent notifications as its business and as another one.
 */
@WebServlet("/test/notifications-probe")
public class NotificationsProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject Notifications notifications;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    UUID owner = UUID.fromString(request.getParameter("owner"));
    UUID other = UUID.fromString(request.getParameter("other"));
    UUID raised =
        notifications.raise(
            new NewNotification(
                owner,
                "escalation",
                NotificationPriority.HIGH,
                "A customer is waiting",
                "Ada asked about a refund; CHIDI was not sure enough to answer.",
                Map.of("customer", "Ada", "link", "/dashboard/conversations.xhtml")));
    response.setContentType("application/json");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("raised", raised.toString())
                .add("seen_by_owner", ids(recentOf(owner)))
                .add("seen_by_other", ids(recentOf(other)))
                .add("metadata", recentOf(owner).get(0).metadata())
                .build()
                .toString());
  }

  private List<Notification> recentOf(UUID businessId) {
    return TenantContext.callAs(Tenant.business(businessId), () -> notifications.recent(10));
  }

  private static JsonArrayBuilder ids(List<Notification> found) {
    JsonArrayBuilder ids = Json.createArrayBuilder();
    found.forEach(notification -> ids.add(notification.id().toString()));
    return ids;
  }
}
