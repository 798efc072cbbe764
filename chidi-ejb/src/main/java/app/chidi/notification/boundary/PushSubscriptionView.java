package app.chidi.notification.boundary;

import app.chidi.notification.entity.PushSubscription;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A browser subscribed to Web Push, as the API lists it (without its keys). */
public record PushSubscriptionView(UUID id, String endpoint, OffsetDateTime createdAt) {

  static PushSubscriptionView of(PushSubscription subscription) {
    return new PushSubscriptionView(
        subscription.id(), subscription.endpoint(), subscription.createdAt());
  }
}
