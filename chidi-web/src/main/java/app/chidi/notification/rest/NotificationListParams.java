package app.chidi.notification.rest;

import app.chidi.notification.boundary.NotificationQuery;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** The query of {@code GET /api/notifications}, checked as text like the product list's. */
public class NotificationListParams {

  @QueryParam("page")
  @DefaultValue("1")
  @Pattern(regexp = "[1-9]\\d{0,5}", message = "must be a whole number from 1")
  String page;

  @QueryParam("limit")
  @DefaultValue("20")
  @Pattern(regexp = "[1-9]\\d?|100", message = "must be a whole number from 1 to 100")
  String limit;

  @QueryParam("unread_only")
  @DefaultValue("false")
  @Pattern(regexp = "true|false", message = "must be true or false")
  String unreadOnly;

  @QueryParam("type")
  @Pattern(regexp = "[a-z_]{1,50}", message = "must be a notification type such as low_stock")
  String type;

  NotificationQuery toQuery() {
    return new NotificationQuery(
        Integer.parseInt(page), Integer.parseInt(limit), Boolean.parseBoolean(unreadOnly), type);
  }
}
