package app.chidi.notification.boundary;

import app.chidi.notification.control.DeliveryRule;
import app.chidi.notification.control.NotificationRepository;
import app.chidi.notification.control.PreferenceRepository;
import app.chidi.notification.entity.Notification;
import app.chidi.notification.entity.NotificationPreference;
import app.chidi.platform.tenancy.Tenancy;
import app.chidi.platform.tenancy.TenantContext;
import app.chidi.platform.tenancy.Tenanted;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The live side of notifications. Messages from the notifications topic become CDI events ({@link
 * NotificationPublished}) for the streams open on this instance, with the people whose preferences
 * hold the push back; a reconnecting stream replays what it missed.
 */
@Stateless
@Tenanted
public class NotificationFeed {

  /** A reconnect replays at most this many notifications; the list has the rest. */
  static final int REPLAY_LIMIT = 500;

  @Inject Tenancy tenancy;
  @Inject NotificationRepository notifications;
  @Inject PreferenceRepository preferences;
  @Inject Event<NotificationPublished> published;

  /** Announces a stored notification to this instance's streams of its business. */
  public void publish(NotificationRaised raised) {
    tenancy.enter(raised.businessId());
    Optional<Notification> found = notifications.find(raised.notificationId());
    found.ifPresent(
        notification ->
            published.fire(
                new NotificationPublished(
                    notification.businessId(),
                    notification.userId(),
                    notification.type(),
                    notification.id(),
                    NotificationView.of(notification),
                    held(notification))));
  }

  /** Announces notifications marked read, so every device of the people concerned updates. */
  public void publish(NotificationsRead read) {
    published.fire(
        new NotificationPublished(
            read.businessId(),
            read.userId(),
            NotificationPublished.READ,
            null,
            new NotificationPublished.ReadUpdate(read.ids(), read.readAt()),
            Set.of()));
  }

  /**
   * What the signed-in person's stream missed after the notification {@code lastEventId}, oldest
   * first, leaving out what their preferences hold back now; nothing for an unknown id.
   */
  public List<NotificationView> missedSince(UUID lastEventId) {
    UUID user = TenantContext.user();
    Instant now = Instant.now();
    List<NotificationPreference> mine = preferences.ofUser(user);
    return notifications
        .find(lastEventId)
        .map(anchor -> notifications.after(anchor, user, REPLAY_LIMIT))
        .orElse(List.of())
        .stream()
        .filter(n -> DeliveryRule.pushLive(preferenceFor(mine, n.type()), n.priority(), now))
        .map(NotificationView::of)
        .toList();
  }

  private Set<UUID> held(Notification notification) {
    Instant now = Instant.now();
    return preferences.ofType(notification.type()).stream()
        .filter(p -> !DeliveryRule.pushLive(p, notification.priority(), now))
        .map(NotificationPreference::userId)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static NotificationPreference preferenceFor(
      List<NotificationPreference> mine, String type) {
    return mine.stream().filter(p -> p.type().equals(type)).findFirst().orElse(null);
  }
}
