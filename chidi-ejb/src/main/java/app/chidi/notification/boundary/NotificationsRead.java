package app.chidi.notification.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Notifications were marked read; published on the notifications topic so every device updates.
 *
 * @param userId the person they are addressed to, or {@code null} when they are for everyone
 */
public record NotificationsRead(
    UUID businessId, UUID userId, List<UUID> ids, OffsetDateTime readAt) {}
