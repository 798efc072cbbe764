package app.chidi.channel.entity;

import app.chidi.platform.entity.NullableUuid;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * One customer's conversation with a business on one connection. It is created when the customer
 * first writes (by the intake, in SQL, so that two deliveries at once cannot create it twice); from
 * then on it knows whether CHIDI may answer, and whether the platform's messaging window is open.
 */
@Entity
@Table(name = "conversations")
public class Conversation {

  @Id private UUID id;

  @Column(name = "business_id", nullable = false)
  private UUID businessId;

  @Column(name = "connection_id")
  @Convert(converter = NullableUuid.class)
  private UUID connectionId;

  @Column(nullable = false, length = 20)
  private String platform;

  @Column(name = "customer_id", length = 100)
  private String customerId;

  @Column(name = "customer_name", length = 200)
  private String customerName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ConversationStatus status;

  @Column(name = "taken_over_by")
  @Convert(converter = NullableUuid.class)
  private UUID takenOverBy;

  @Column(name = "last_confidence", precision = 4, scale = 3)
  private BigDecimal lastConfidence;

  @Column(name = "last_customer_message_at")
  private OffsetDateTime lastCustomerMessageAt;

  @Column(name = "last_message_at")
  private OffsetDateTime lastMessageAt;

  @Column(name = "first_reply_at")
  private OffsetDateTime firstReplyAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected Conversation() {}

  public UUID id() {
    return id;
  }

  public UUID businessId() {
    return businessId;
  }

  public UUID connectionId() {
    return connectionId;
  }

  public Platform platform() {
    return Platform.valueOf(platform);
  }

  public String customerId() {
    return customerId;
  }

  public String customerName() {
    return customerName;
  }

  public ConversationStatus status() {
    return status;
  }

  /** A person took the conversation over: CHIDI stays quiet until it is released. */
  public boolean takenOver() {
    return takenOverBy != null;
  }

  public boolean resolved() {
    return status == ConversationStatus.RESOLVED;
  }

  /** {@code user} answers this customer from now on; CHIDI stays quiet until released. */
  public void takeOver(UUID user, OffsetDateTime now) {
    takenOverBy = Objects.requireNonNull(user);
    updatedAt = now;
  }

  /** CHIDI answers this customer again. */
  public void release(OffsetDateTime now) {
    takenOverBy = null;
    updatedAt = now;
  }

  /** Done, with or without a reply; the customer's next message opens it again. */
  public void resolve(OffsetDateTime now) {
    status = ConversationStatus.RESOLVED;
    updatedAt = now;
  }

  /**
   * A person's reply is on its way: the conversation no longer waits for one ({@code resolve}: it
   * is done).
   */
  public void personReplied(boolean resolve, OffsetDateTime now) {
    status = resolve ? ConversationStatus.RESOLVED : ConversationStatus.ACTIVE;
    lastMessageAt = now;
    updatedAt = now;
  }

  /** Whether the customer wrote within {@code window} before {@code now}. */
  public boolean customerWroteWithin(Duration window, OffsetDateTime now) {
    return lastCustomerMessageAt != null && !lastCustomerMessageAt.plus(window).isBefore(now);
  }

  /** CHIDI was not sure enough: a person must answer. */
  public void escalate(double confidence, OffsetDateTime now) {
    lastConfidence = BigDecimal.valueOf(confidence).setScale(3, RoundingMode.HALF_UP);
    needsPerson(now);
  }

  /** CHIDI's reply cannot be sent (say, the messaging window closed): a person must act. */
  public void needsPerson(OffsetDateTime now) {
    status = ConversationStatus.ESCALATED;
    updatedAt = now;
  }

  /** CHIDI answered with {@code confidence}. */
  public void answered(double confidence, OffsetDateTime now) {
    lastConfidence = BigDecimal.valueOf(confidence).setScale(3, RoundingMode.HALF_UP);
    updatedAt = now;
  }

  /** A reply reached the platform. */
  public void replied(OffsetDateTime at) {
    if (firstReplyAt == null) {
      firstReplyAt = at;
    }
    lastMessageAt = at;
    updatedAt = at;
  }
}
