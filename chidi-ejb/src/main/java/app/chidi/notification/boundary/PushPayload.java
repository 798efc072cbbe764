package app.chidi.notification.boundary;

import app.chidi.notification.entity.Notification;
import app.chidi.platform.json.CachedJson;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;

/**
 * What the service worker receives (after decryption): the notification's id, type, priority,
 * title, content (shortened to fit one record) and the link to act on.
 */
final class PushPayload {

  static final int MAX_CONTENT = 1000;

  private PushPayload() {}

  static byte[] of(Notification notification) {
    NotificationView view = NotificationView.of(notification);
    JsonObject context = view.context();
    String content = view.content();
    return CachedJson.createObjectBuilder()
        .add("id", view.id().toString())
        .add("type", view.type())
        .add("priority", view.priority())
        .add("title", view.title())
        .add(
            "content",
            content.length() > MAX_CONTENT ? content.substring(0, MAX_CONTENT) + "…" : content)
        .add("link", context.getString("link", "/dashboard/notifications.xhtml"))
        .build()
        .toString()
        .getBytes(StandardCharsets.UTF_8);
  }
}
