package app.chidi.notification.boundary;

import java.util.UUID;

/** A stored notification is to be pushed to the subscribed browsers of the people it is for. */
public record PushRequested(UUID businessId, UUID notificationId) {}
