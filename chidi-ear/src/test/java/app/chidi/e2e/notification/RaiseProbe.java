package app.chidi.e2e.notification;

import app.chidi.notification.boundary.NewNotification;
import app.chidi.notification.boundary.Notifications;
import app.chidi.notification.entity.NotificationPriority;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Deployed by {@link NotificationApiIT} only: raises {@code count} notifications through the
 * boundary every component uses, each in its own transaction, and answers their ids in order.
 * Parameters: {@code business}, {@code type}, {@code priority} (default medium), {@code user}
 * (optional addressee), {@code count} (default 1).
 */
@WebServlet("/test/notifications-raise")
public class RaiseProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject Notifications notifications;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    UUID business = UUID.fromString(request.getParameter("business"));
    String user = request.getParameter("user");
    String priority = request.getParameter("priority");
    String count = request.getParameter("count");
    JsonArrayBuilder ids = Json.createArrayBuilder();
    for (int i = 1; i <= (count == null ? 1 : Integer.parseInt(count)); i++) {
      NewNotification raised =
          new NewNotification(
              business,
              user == null ? null : UUID.fromString(user),
              request.getParameter("type"),
              NotificationPriority.valueOf(
                  priority == null ? "MEDIUM" : priority.toUpperCase(Locale.ROOT)),
              "Probe " + i,
              "Raised by the test probe",
              Map.of("link", "/dashboard/notifications.xhtml", "n", Integer.toString(i)));
      ids.add(notifications.raise(raised).toString());
    }
    response.setContentType("application/json");
    response.getWriter().write(ids.build().toString());
  }
}
