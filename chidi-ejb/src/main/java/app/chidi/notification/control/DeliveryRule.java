package app.chidi.notification.control;

import app.chidi.notification.entity.EmailDelivery;
import app.chidi.notification.entity.NotificationPreference;
import app.chidi.notification.entity.NotificationPriority;
import app.chidi.notification.entity.QuietHours;
import java.time.Instant;

/**
 * Whether a notification is pushed live to a person's open streams, and whether it is mailed at
 * once. It is always stored and listed; the push is held back when the person turned the type off
 * in the app or is inside their quiet hours, except for high priority, which always comes through.
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

  /**
   * Whether a notification is mailed at once: the person wants the type by e-mail right away and is
   * not inside their quiet hours. Quiet hours hold mail back whatever the priority: high priority
   * still reaches them in the app (and escalations by Web Push).
   *
   * @param quietHours the person's quiet hours for the type, or {@code null}
   */
  public static boolean mailNow(EmailDelivery email, QuietHours quietHours, Instant now) {
    return email == EmailDelivery.IMMEDIATE && (quietHours == null || !quietHours.contains(now));
  }
}
