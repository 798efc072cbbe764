package app.chidi.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/**
 * How one person of a business wants notifications of one type: in the app or not, by e-mail at
 * once, in a daily digest or not at all, and the quiet hours (in their time zone) during which
 * nothing is pushed to them live. High-priority notifications ignore in-app off and quiet hours.
 */
@Entity
@Table(name = "notification_preferences")
@NamedQuery(
    name = "NotificationPreference.findByUser",
    query = "select p from NotificationPreference p where p.userId = :user order by p.type")
@NamedQuery(
    name = "NotificationPreference.findByType",
    query = "select p from NotificationPreference p where p.type = :type")
public class NotificationPreference {

  @Id private UUID id;

  @Column(name = "business_id", nullable = false)
  private UUID businessId;

  @Column(name = "user_id", nullable = false)
  private UUID userId;

  @Column(nullable = false, length = 50)
  private String type;

  @Column(name = "in_app", nullable = false)
  private boolean inApp;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private EmailDelivery email;

  @Column(name = "quiet_hours_start")
  private LocalTime quietHoursStart;

  @Column(name = "quiet_hours_end")
  private LocalTime quietHoursEnd;

  @Column(name = "time_zone", nullable = false, length = 64)
  private String timeZone;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected NotificationPreference() {}

  public NotificationPreference(UUID businessId, UUID userId, String type) {
    this.id = UUID.randomUUID();
    this.businessId = Objects.requireNonNull(businessId);
    this.userId = Objects.requireNonNull(userId);
    this.type = Objects.requireNonNull(type);
  }

  /** Replaces the in-app and e-mail settings. */
  public void change(boolean inApp, EmailDelivery email, OffsetDateTime now) {
    this.inApp = inApp;
    this.email = Objects.requireNonNull(email);
    this.updatedAt = now;
  }

  /** Replaces the quiet hours ({@code null}: none) and the person's time zone they are read in. */
  public void quiet(QuietHours quietHours, ZoneId zone) {
    this.quietHoursStart = quietHours == null ? null : quietHours.start();
    this.quietHoursEnd = quietHours == null ? null : quietHours.end();
    this.timeZone = Objects.requireNonNull(zone).getId();
  }

  public UUID userId() {
    return userId;
  }

  public String type() {
    return type;
  }

  public boolean inApp() {
    return inApp;
  }

  public EmailDelivery email() {
    return email;
  }

  /** The quiet hours, or {@code null} when there are none. */
  public QuietHours quietHours() {
    return quietHoursStart == null
        ? null
        : new QuietHours(quietHoursStart, quietHoursEnd, ZoneId.of(timeZone));
  }

  public String timeZone() {
    return timeZone;
  }
}
