package app.chidi.notification.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A CDI event for the live streams of this instance: send {@code data} as event {@code name} to the
 * streams of {@code businessId}.
 *
 * @param userId only this person's streams, or {@code null} for everyone in the business
 * @param id the event id (a notification id, the replay cursor), or {@code null} for updates
 * @param data a {@link NotificationView} or a {@link ReadUpdate}
 * @param held people who do not get it live (in-app off or quiet hours); it stays in their list
 */
public record NotificationPublished(
    UUID businessId, UUID userId, String name, UUID id, Object data, Set<UUID> held) {

  /** The event of a notification marked read. */
  public static final String READ = "notification_read";

  /** Whether a stream of {@code user} in {@code business} gets this event. */
  public boolean isFor(UUID business, UUID user) {
    return businessId.equals(business)
        && (userId == null || userId.equals(user))
        && !held.contains(user);
  }

  /** The data of a {@code notification_read} event. */
  public record ReadUpdate(List<UUID> ids, OffsetDateTime readAt) {}
}
