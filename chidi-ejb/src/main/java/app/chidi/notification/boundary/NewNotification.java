package app.chidi.notification.boundary;

import app.chidi.notification.entity.NotificationPriority;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What a component asks to tell a business's people.
 *
 * @param type e.g. {@code escalation}, {@code low_stock}, {@code import_done}
 * @param userId the one person it is for, or {@code null} for everyone in the business
 * @param context customer, platform, product and {@code link} (the page to act on)
 */
public record NewNotification(
    UUID businessId,
    UUID userId,
    String type,
    NotificationPriority priority,
    String title,
    String content,
    Map<String, String> context) {

  public NewNotification {
    Objects.requireNonNull(businessId, "businessId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(content, "content");
    context = context == null ? Map.of() : Map.copyOf(context);
  }

  /** A notification for everyone in the business. */
  public NewNotification(
      UUID businessId,
      String type,
      NotificationPriority priority,
      String title,
      String content,
      Map<String, String> context) {
    this(businessId, null, type, priority, title, content, context);
  }
}
