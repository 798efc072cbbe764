package app.chidi.notification.boundary;

import app.chidi.notification.entity.Notification;
import app.chidi.platform.json.CachedJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

/**
 * A notification as the API and the live stream show it.
 *
 * @param priority {@code high}, {@code medium} or {@code low}
 * @param context customer, platform, product, {@code link}: whatever the raiser gave
 */
public record NotificationView(
    UUID id,
    String type,
    String priority,
    String title,
    String content,
    JsonObject context,
    boolean read,
    OffsetDateTime readAt,
    OffsetDateTime createdAt) {

  public static NotificationView of(Notification notification) {
    return new NotificationView(
        notification.id(),
        notification.type(),
        notification.priority().name().toLowerCase(Locale.ROOT),
        notification.title(),
        notification.content(),
        parse(notification.metadata()),
        notification.read(),
        notification.readAt(),
        notification.createdAt());
  }

  private static JsonObject parse(String json) {
    try (JsonReader reader = CachedJson.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
