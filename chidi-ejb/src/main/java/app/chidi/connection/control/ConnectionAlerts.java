package app.chidi.connection.control;

import app.chidi.connection.entity.SocialConnection;
import app.chidi.notification.boundary.NewNotification;
import app.chidi.notification.boundary.Notifications;
import app.chidi.notification.entity.NotificationPriority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;

/** Tells the business's people that a connection is about to stop, or has stopped, working. */
@ApplicationScoped
public class ConnectionAlerts {

  static final String LINK = "/dashboard/integrations.xhtml";

  @Inject Notifications notifications;

  public void expiring(SocialConnection connection) {
    notifications.raise(
        new NewNotification(
            connection.businessId(),
            "token_expiring",
            NotificationPriority.MEDIUM,
            name(connection) + " needs reconnecting soon",
            "Its access expires on "
                + connection.tokenExpiresAt().toLocalDate()
                + ". Reconnect it on the Integrations page so CHIDI keeps answering there.",
            context(connection)));
  }

  public void expired(SocialConnection connection) {
    notifications.raise(
        new NewNotification(
            connection.businessId(),
            "connection_expired",
            NotificationPriority.HIGH,
            name(connection) + " is disconnected",
            "Its access has expired, so CHIDI can no longer answer there."
                + " Reconnect it on the Integrations page.",
            context(connection)));
  }

  private static String name(SocialConnection connection) {
    String platform = connection.platform().name().toLowerCase(Locale.ROOT);
    String label = platform.equals("whatsapp") ? "WhatsApp" : "Instagram";
    return label + (connection.displayName() == null ? "" : " " + connection.displayName());
  }

  private static Map<String, String> context(SocialConnection connection) {
    return Map.of(
        "platform", connection.platform().name().toLowerCase(Locale.ROOT),
        "connection_id", connection.id().toString(),
        "link", LINK);
  }
}
