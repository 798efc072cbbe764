package app.chidi.notification.boundary;

import app.chidi.notification.entity.EmailDelivery;
import java.util.List;
import java.util.Set;

/** The notification types CHIDI raises, and their default e-mail delivery. */
public final class NotificationTypes {

  public static final List<String> ALL =
      List.of(
          "escalation",
          "low_stock",
          "restock",
          "delivery_failed",
          "token_expiring",
          "connection_expired",
          "import_done");

  /** {@link #ALL} as a regular expression, for validating input. */
  public static final String PATTERN =
      "escalation|low_stock|restock|delivery_failed|token_expiring|connection_expired|import_done";

  /** Escalations and failures: also pushed to the subscribed browsers (Web Push). */
  public static final Set<String> PUSHED =
      Set.of("escalation", "delivery_failed", "connection_expired");

  private NotificationTypes() {}

  /** Escalations and failures by mail at once; stock news and imports in the daily digest. */
  public static EmailDelivery defaultEmail(String type) {
    return switch (type) {
      case "low_stock", "restock", "import_done" -> EmailDelivery.DIGEST;
      default -> EmailDelivery.IMMEDIATE;
    };
  }
}
