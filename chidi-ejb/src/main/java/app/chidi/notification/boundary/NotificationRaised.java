package app.chidi.notification.boundary;

import java.util.UUID;

/** A notification was stored; published on the notifications topic for every instance. */
public record NotificationRaised(UUID businessId, UUID notificationId) {}
