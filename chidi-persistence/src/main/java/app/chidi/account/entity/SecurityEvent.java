package app.chidi.account.entity;

import app.chidi.platform.entity.NullableUuid;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** An append-only record of something security-relevant: sign-ins, failures, token theft. */
@Entity
@Table(name = "security_events")
public class SecurityEvent {

  @Id private UUID id;

  @Column(name = "event_type", nullable = false, length = 50)
  private String eventType;

  @Column(name = "user_id")
  @Convert(converter = NullableUuid.class)
  private UUID userId;

  @Column(length = 254)
  private String email;

  @Column(name = "ip_address", length = 64)
  private String ipAddress;

  @Column(nullable = false)
  private String detail;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected SecurityEvent() {}

  public SecurityEvent(String eventType, UUID userId, String email, String ipAddress) {
    this(eventType, userId, email, ipAddress, "{}");
  }

  /**
   * @param detailJson a JSON object with what else is known (say, the platform of a webhook)
   */
  public SecurityEvent(
      String eventType, UUID userId, String email, String ipAddress, String detailJson) {
    this.id = UUID.randomUUID();
    this.eventType = Objects.requireNonNull(eventType);
    this.userId = userId;
    this.email = email;
    this.ipAddress = ipAddress;
    this.detail = Objects.requireNonNull(detailJson);
    this.createdAt = OffsetDateTime.now();
  }

  public String eventType() {
    return eventType;
  }
}
