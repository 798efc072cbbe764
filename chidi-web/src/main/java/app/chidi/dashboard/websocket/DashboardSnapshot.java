package app.chidi.dashboard.websocket;

import app.chidi.channel.boundary.ConversationMetrics;
import app.chidi.channel.boundary.ConversationSummary;
import app.chidi.channel.boundary.Conversations;
import app.chidi.inventory.boundary.Inventory;
import app.chidi.inventory.boundary.ProductQuery;
import app.chidi.notification.boundary.NotificationPage;
import app.chidi.notification.boundary.NotificationQuery;
import app.chidi.notification.boundary.NotificationView;
import app.chidi.notification.boundary.Notifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the live dashboard shows, for the current tenant context: the data of {@code
 * dashboard_init}, and of the updates that follow a changed conversation.
 */
@ApplicationScoped
public class DashboardSnapshot {

  static final int RECENT_ESCALATIONS = 5;
  static final int ACTIVE_CONVERSATIONS = 20;

  @Inject Notifications notifications;
  @Inject Inventory inventory;
  @Inject Conversations conversations;

  /**
   * @param conversations the conversations not resolved, escalated ones first, then the latest
   * @param metrics today's figures of the business
   * @param unreadNotifications what the person has not read
   * @param unreadEscalations of those, escalations
   * @param recentEscalations the latest escalation notifications, newest first
   */
  public record Init(
      List<ConversationSummary> conversations,
      Metrics metrics,
      long unreadNotifications,
      long unreadEscalations,
      List<NotificationView> recentEscalations) {}

  /**
   * Today's figures of the business (since midnight UTC), the same for everyone in it.
   *
   * @param totalMessages customers' messages received
   * @param autoResponses CHIDI's replies the platform accepted
   * @param escalations customers' messages passed to a person
   * @param avgResponseTime seconds from a customer's first message to the first reply, or {@code
   *     null} when no conversation was first answered today
   * @param autoReplyRate the share of CHIDI's drafts it sent by itself, or {@code null}
   * @param lowStockProducts products with a variant at or below its low-stock threshold
   */
  public record Metrics(
      long totalMessages,
      long autoResponses,
      long escalations,
      Double avgResponseTime,
      Double autoReplyRate,
      long lowStockProducts) {}

  Init take() {
    NotificationPage escalations =
        notifications.list(new NotificationQuery(1, RECENT_ESCALATIONS, false, "escalation"));
    long unreadEscalations =
        notifications
            .list(new NotificationQuery(1, 1, true, "escalation"))
            .pagination()
            .totalItems();
    return new Init(
        conversations.open(ACTIVE_CONVERSATIONS),
        metrics(),
        escalations.unreadCount(),
        unreadEscalations,
        escalations.notifications());
  }

  /** The conversation as listed now, if it still exists. */
  Optional<ConversationSummary> conversation(UUID id) {
    return conversations.summary(id);
  }

  Metrics metrics() {
    ConversationMetrics today = conversations.metrics("today");
    long lowStock =
        inventory
            .products(new ProductQuery(1, 1, null, null, "active", true, false))
            .pagination()
            .totalItems();
    return new Metrics(
        today.messagesIn(),
        today.autoSent(),
        today.escalated(),
        today.averageFirstReplySeconds(),
        today.autoReplyRate(),
        lowStock);
  }
}
