package app.chidi.notification.control;

import app.chidi.notification.entity.NotificationPreference;
import app.chidi.notification.entity.NotificationPriority;
import java.time.Instant;

/**
 * Whether a notification is pushed live to a person's open streams. It is always stored and listed;
 * the push is held back when the person turned the type off in the app or is inside their quiet
 * hours, except for high priority, which always comes through.
 */
public final class DeliveryRule {

  private DeliveryRule() {}

  /**
   * @param preference the person's settings for the type, or {@code null} for the defaults (in the
   *     app, no quiet hours)
   */
  public static boolean pushLive(
      NotificationPreference preference, NotificationPriority priority, Instant now) {
    if (priority == NotificationPriority.HIGH || preference == null) {
      return true;
    }
    return preference.inApp()
        && (preference.quietHours() == null || !preference.quietHours().contains(now));
  }
}
