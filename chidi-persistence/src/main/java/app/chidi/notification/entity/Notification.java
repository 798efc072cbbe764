package app.chidi.notification.entity;

import app.chidi.platform.entity.NullableUuid;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/** Something a person of a business should see: an escalation, low stock, a failed delivery. */
@Entity
@Table(name = "notifications")
@NamedQuery(
    name = "Notification.findRecent",
    query = "select n from Notification n order by n.createdAt desc, n.id")
@NamedQuery(
    name = "Notification.findForDigest",
    query =
        "select n from Notification n where (n.userId is null or n.userId = :user)"
            + " and n.type in :types and n.createdAt > :since and n.createdAt <= :until"
            + " order by n.createdAt, n.id")
public class Notification {

  @Id private UUID id;

  @Column(name = "business_id", nullable = false)
  private UUID businessId;

  @Column(name = "user_id")
  @Convert(converter = NullableUuid.class)
  private UUID userId;

  @Column(nullable = false, length = 50)
  private String type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private NotificationPriority priority;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String content;

  @Column(nullable = false)
  private String metadata;

  @Column(nullable = false)
  private boolean read;

  @Column(name = "read_at")
  private OffsetDateTime readAt;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected Notification() {}

  /**
   * @param metadataJson a JSON object with the context: customer, platform, product, link
   */
  public Notification(
      UUID businessId,
      String type,
      NotificationPriority priority,
      String title,
      String content,
      String metadataJson) {
    this(businessId, null, type, priority, title, content, metadataJson);
  }

  /**
   * @param userId the one person the notification is for, or {@code null} for everyone in the
   *     business
   * @param metadataJson a JSON object with the context: customer, platform, product, link
   */
  public Notification(
      UUID businessId,
      UUID userId,
      String type,
      NotificationPriority priority,
      String title,
      String content,
      String metadataJson) {
    this.id = UUID.randomUUID();
    this.businessId = Objects.requireNonNull(businessId);
    this.userId = userId;
    this.type = Objects.requireNonNull(type);
    this.priority = Objects.requireNonNull(priority);
    this.title = Objects.requireNonNull(title);
    this.content = Objects.requireNonNull(content);
    this.metadata = metadataJson == null ? "{}" : metadataJson;
    this.createdAt = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
  }

  public void markRead(OffsetDateTime now) {
    if (!read) {
      read = true;
      // PostgreSQL keeps microseconds: the answer shows what a later read will.
      readAt = now.truncatedTo(ChronoUnit.MICROS);
    }
  }

  public UUID id() {
    return id;
  }

  public UUID businessId() {
    return businessId;
  }

  /** The one person it is for, or {@code null} when it is for everyone in the business. */
  public UUID userId() {
    return userId;
  }

  /** Whether {@code user} may see it: it is addressed to them or to the whole business. */
  public boolean visibleTo(UUID user) {
    return userId == null || userId.equals(user);
  }

  public String type() {
    return type;
  }

  public NotificationPriority priority() {
    return priority;
  }

  public String title() {
    return title;
  }

  public String content() {
    return content;
  }

  public String metadata() {
    return metadata;
  }

  public boolean read() {
    return read;
  }

  public OffsetDateTime readAt() {
    return readAt;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
