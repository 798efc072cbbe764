package app.chidi.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * A browser subscribed to Web Push for one person: the push service's endpoint and the keys of the
 * browser that payloads are encrypted for (RFC 8291), both base64url as the browser gives them.
 */
@Entity
@Table(name = "push_subscriptions")
@NamedQuery(
    name = "PushSubscription.findByEndpoint",
    query = "select s from PushSubscription s where s.endpoint = :endpoint")
@NamedQuery(
    name = "PushSubscription.findByUser",
    query = "select s from PushSubscription s where s.userId = :user order by s.createdAt")
@NamedQuery(
    name = "PushSubscription.findAll",
    query = "select s from PushSubscription s order by s.createdAt")
public class PushSubscription {

  @Id private UUID id;

  @Column(name = "business_id", nullable = false)
  private UUID businessId;

  @Column(name = "user_id", nullable = false)
  private UUID userId;

  @Column(nullable = false, length = 2048)
  private String endpoint;

  @Column(nullable = false, length = 128)
  private String p256dh;

  @Column(nullable = false, length = 64)
  private String auth;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected PushSubscription() {}

  public PushSubscription(UUID businessId, UUID userId, String endpoint) {
    this.id = UUID.randomUUID();
    this.businessId = Objects.requireNonNull(businessId);
    this.userId = Objects.requireNonNull(userId);
    this.endpoint = Objects.requireNonNull(endpoint);
    this.createdAt = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
  }

  /** The person and the browser's current keys (a browser may subscribe again with new ones). */
  public void subscribe(UUID user, String p256dhKey, String authSecret) {
    this.userId = Objects.requireNonNull(user);
    this.p256dh = Objects.requireNonNull(p256dhKey);
    this.auth = Objects.requireNonNull(authSecret);
  }

  /** Whether it goes to {@code user}, or to anyone for a notification without addressee. */
  public boolean reaches(UUID user) {
    return user == null || user.equals(userId);
  }

  public UUID id() {
    return id;
  }

  public UUID userId() {
    return userId;
  }

  public String endpoint() {
    return endpoint;
  }

  public String p256dh() {
    return p256dh;
  }

  public String auth() {
    return auth;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
