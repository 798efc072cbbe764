package app.chidi.notification.boundary;

import app.chidi.notification.entity.EmailDelivery;
import java.util.List;

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

  private NotificationTypes() {}

  /** Escalations and failures by mail at once; stock news and imports in the daily digest. */
  public static EmailDelivery defaultEmail(String type) {
    return switch (type) {
      case "low_stock", "restock", "import_done" -> EmailDelivery.DIGEST;
      default -> EmailDelivery.IMMEDIATE;
    };
  }
}
