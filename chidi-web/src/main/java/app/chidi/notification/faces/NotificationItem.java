package app.chidi.notification.faces;

import app.chidi.notification.boundary.NotificationView;
import app.chidi.notification.entity.QuietHours;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * A notification as the bell and the notifications page show it. Expression Language 5 (Jakarta EE
 * 10) does not read record components, so the pages use the getters.
 *
 * @param link the page to act on, relative to the application ({@code /dashboard/…}), or {@code
 *     null}: only the application's own paths are linked
 * @param createdAt ISO-8601, for the {@code <time>} element
 */
public record NotificationItem(
    UUID id,
    String type,
    String typeLabel,
    String priority,
    String title,
    String content,
    String link,
    boolean read,
    String createdAt,
    String when)
    implements Serializable {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);

  static NotificationItem of(NotificationView view, OffsetDateTime now) {
    return new NotificationItem(
        view.id(),
        view.type(),
        label(view.type()),
        view.priority(),
        view.title(),
        view.content(),
        link(view.context()),
        view.read(),
        view.createdAt().toString(),
        when(view.createdAt(), now));
  }

  /** "Low stock" for {@code low_stock}. */
  static String label(String type) {
    String words = type.replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  static String link(JsonObject context) {
    JsonValue link = context == null ? null : context.get("link");
    if (link instanceof JsonString path
        && path.getString().startsWith("/")
        && !path.getString().startsWith("//")) {
      return path.getString();
    }
    return null;
  }

  /** "Just now", "5 min ago", "3 h ago", then the date in the business's default zone. */
  static String when(OffsetDateTime at, OffsetDateTime now) {
    Duration ago = Duration.between(at, now);
    if (ago.toMinutes() < 1) {
      return "Just now";
    }
    if (ago.toHours() < 1) {
      return ago.toMinutes() + " min ago";
    }
    if (ago.toDays() < 1) {
      return ago.toHours() + " h ago";
    }
    return DATE.format(at.atZoneSameInstant(QuietHours.DEFAULT_ZONE));
  }

  public UUID getId() {
    return id;
  }

  public String getTypeLabel() {
    return typeLabel;
  }

  public String getPriority() {
    return priority;
  }

  public String getTitle() {
    return title;
  }

  public String getContent() {
    return content;
  }

  public String getLink() {
    return link;
  }

  public boolean isRead() {
    return read;
  }

  public String getCreatedAt() {
    return createdAt;
  }

  public String getWhen() {
    return when;
  }
}
