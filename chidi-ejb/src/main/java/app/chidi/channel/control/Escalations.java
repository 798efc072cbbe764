package app.chidi.channel.control;

import app.chidi.channel.entity.Conversation;
import app.chidi.notification.boundary.NewNotification;
import app.chidi.notification.boundary.Notifications;
import app.chidi.notification.entity.NotificationPriority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Tells the business's people what needs them: an escalation, a failed delivery. An expired
 * connection is told by the connection component when it marks it expired.
 */
@ApplicationScoped
public class Escalations {

  @Inject Notifications notifications;

  /** A customer waits for a person; {@code reasons} say why CHIDI did not answer. */
  public void escalate(Conversation conversation, String message, List<String> reasons) {
    raise(
        conversation,
        "escalation",
        "A customer needs you",
        customer(conversation)
            + " wrote: \""
            + message
            + "\""
            + (reasons.isEmpty() ? "" : " (" + String.join("; ", reasons) + ")"));
  }

  /** A reply could not be delivered, for {@code reason}. */
  public void deliveryFailed(Conversation conversation, String reason) {
    raise(
        conversation,
        "delivery_failed",
        "A reply was not delivered",
        "CHIDI's reply to " + customer(conversation) + " could not be sent: " + reason);
  }

  private void raise(Conversation conversation, String type, String title, String content) {
    notifications.raise(
        new NewNotification(
            conversation.businessId(),
            type,
            NotificationPriority.HIGH,
            title,
            content,
            Map.of(
                "conversation_id", conversation.id().toString(),
                "customer", customer(conversation),
                "platform", conversation.platform().key(),
                "link", "/dashboard/conversations.xhtml?id=" + conversation.id())));
  }

  private static String customer(Conversation conversation) {
    return conversation.customerName() != null
        ? conversation.customerName()
        : conversation.customerId();
  }
}
