package app.chidi.dashboard.websocket;

import app.chidi.inventory.boundary.Inventory;
import app.chidi.inventory.boundary.ProductQuery;
import app.chidi.notification.boundary.NotificationPage;
import app.chidi.notification.boundary.NotificationQuery;
import app.chidi.notification.boundary.NotificationView;
import app.chidi.notification.boundary.Notifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The data of {@code dashboard_init} for the person of the current tenant context: what exists
 * today. Conversations arrive with the channels; until then {@code active_conversations} is empty.
 */
@ApplicationScoped
public class DashboardSnapshot {

  static final int RECENT_ESCALATIONS = 5;

  @Inject Notifications notifications;
  @Inject Inventory inventory;

  /**
   * @param activeConversations always empty until the channels land
   * @param recentEscalations the latest escalation notifications, newest first
   */
  public record Init(
      List<Object> activeConversations,
      Metrics metrics,
      List<NotificationView> recentEscalations) {}

  /**
   * @param unreadNotifications what the person has not read
   * @param unreadEscalations of those, escalations
   * @param lowStockProducts products with a variant at or below its low-stock threshold
   */
  public record Metrics(long unreadNotifications, long unreadEscalations, long lowStockProducts) {}

  Init take() {
    NotificationPage escalations =
        notifications.list(new NotificationQuery(1, RECENT_ESCALATIONS, false, "escalation"));
    long unreadEscalations =
        notifications
            .list(new NotificationQuery(1, 1, true, "escalation"))
            .pagination()
            .totalItems();
    long lowStock =
        inventory
            .products(new ProductQuery(1, 1, null, null, "active", true, false))
            .pagination()
            .totalItems();
    return new Init(
        List.of(),
        new Metrics(escalations.unreadCount(), unreadEscalations, lowStock),
        escalations.notifications());
  }
}
