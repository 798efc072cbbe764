package app.chidi.inventory.control;

import app.chidi.inventory.entity.ProductVariant;
import app.chidi.inventory.entity.StockStatus;
import app.chidi.notification.boundary.NewNotification;
import app.chidi.notification.boundary.Notifications;
import app.chidi.notification.entity.NotificationPriority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Tells the shop when a variant runs low, sells out, or comes back: a {@code low_stock} or {@code
 * restock} notification, raised in the transaction of the change that caused it.
 */
@ApplicationScoped
public class StockAlerts {

  @Inject Notifications notifications;

  public void statusChanged(ProductVariant variant, StockStatus before) {
    StockStatus after = variant.status();
    if (after == before) {
      return;
    }
    String what = variant.product().name() + " (" + variant.name() + ")";
    if (after == StockStatus.OUT_OF_STOCK) {
      raise(
          variant,
          "low_stock",
          NotificationPriority.HIGH,
          what + " is out of stock",
          "Customers asking for it will be offered alternatives until you restock.");
    } else if (after == StockStatus.LOW_STOCK && before == StockStatus.AVAILABLE) {
      raise(
          variant,
          "low_stock",
          NotificationPriority.MEDIUM,
          what + " is running low",
          variant.stockQuantity()
              + " left (your threshold is "
              + variant.lowStockThreshold()
              + ").");
    } else if (before == StockStatus.OUT_OF_STOCK) {
      raise(
          variant,
          "restock",
          NotificationPriority.LOW,
          what + " is back in stock",
          variant.stockQuantity() + " on hand.");
    }
  }

  private void raise(
      ProductVariant variant,
      String type,
      NotificationPriority priority,
      String title,
      String content) {
    notifications.raise(
        new NewNotification(
            variant.businessId(),
            type,
            priority,
            title,
            content,
            Map.of(
                "product_id", variant.product().id().toString(),
                "variant_id", variant.id().toString(),
                "sku", variant.sku(),
                "link", "/dashboard/inventory.xhtml?product=" + variant.product().id())));
  }
}
