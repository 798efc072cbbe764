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
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A message of a conversation. Inbound messages are stored by the intake (in SQL, once per platform
 * message id) and later carry CHIDI's draft and decision; outbound ones are created here as
 * replies, queued, and then follow the platform's reports.
 */
@Entity
@Table(name = "social_messages")
public class SocialMessage {

  /** {@code sent_by} of CHIDI's own replies. */
  public static final String CHIDI = "CHIDI";

  /** {@code sent_by} of replies a person of the business wrote or approved. */
  public static final String PERSON = "PERSON";

  @Id private UUID id;

  @Column(name = "business_id", nullable = false)
  private UUID businessId;

  @Column(name = "conversation_id", nullable = false)
  private UUID conversationId;

  @Column(name = "connection_id")
  @Convert(converter = NullableUuid.class)
  private UUID connectionId;

  @Column(nullable = false, length = 20)
  private String platform;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Direction direction;

  @Column(name = "platform_message_id", length = 255)
  private String platformMessageId;

  @Enumerated(EnumType.STRING)
  @Column(name = "message_type", nullable = false, length = 20)
  private MessageType messageType;

  @Column private String content;

  @Column(name = "in_reply_to")
  @Convert(converter = NullableUuid.class)
  private UUID inReplyTo;

  @Column(name = "sent_by", length = 10)
  private String sentBy;

  @Column(name = "sent_by_user")
  @Convert(converter = NullableUuid.class)
  private UUID sentByUser;

  @Column(name = "ai_response")
  private String aiResponse;

  @Column(precision = 4, scale = 3)
  private BigDecimal confidence;

  @Column(length = 10)
  private String decision;

  @Column(length = 30)
  private String intent;

  @Column private String reasons;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private MessageStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "error_code", length = 50)
  private String errorCode;

  @Column(name = "error_message")
  private String errorMessage;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "sent_at")
  private OffsetDateTime sentAt;

  @Column(name = "next_attempt_at")
  private OffsetDateTime nextAttemptAt;

  protected SocialMessage() {}

  /** CHIDI's reply to {@code question}, queued for sending. */
  public static SocialMessage replyTo(SocialMessage question, String text, OffsetDateTime now) {
    SocialMessage reply = new SocialMessage();
    reply.id = UUID.randomUUID();
    reply.businessId = question.businessId;
    reply.conversationId = question.conversationId;
    reply.connectionId = question.connectionId;
    reply.platform = question.platform;
    reply.direction = Direction.OUTBOUND;
    reply.messageType = MessageType.TEXT;
    reply.content = Objects.requireNonNull(text);
    reply.inReplyTo = question.id;
    reply.sentBy = CHIDI;
    reply.status = MessageStatus.QUEUED;
    reply.createdAt = now;
    return reply;
  }

  /**
   * A reply {@code user} of the business wrote or approved, queued for sending to {@code
   * conversation}'s customer; it answers the customer's message {@code inReplyTo} when there is
   * one.
   */
  public static SocialMessage byPerson(
      Conversation conversation, UUID inReplyTo, String text, UUID user) {
    SocialMessage reply = new SocialMessage();
    reply.id = UUID.randomUUID();
    reply.businessId = conversation.businessId();
    reply.conversationId = conversation.id();
    reply.connectionId = conversation.connectionId();
    reply.platform = conversation.platform().name();
    reply.direction = Direction.OUTBOUND;
    reply.messageType = MessageType.TEXT;
    reply.content = Objects.requireNonNull(text);
    reply.inReplyTo = inReplyTo;
    reply.sentBy = PERSON;
    reply.sentByUser = Objects.requireNonNull(user);
    reply.status = MessageStatus.QUEUED;
    reply.createdAt = OffsetDateTime.now();
    return reply;
  }

  public UUID id() {
    return id;
  }

  public UUID businessId() {
    return businessId;
  }

  public UUID conversationId() {
    return conversationId;
  }

  public UUID connectionId() {
    return connectionId;
  }

  public Platform platform() {
    return Platform.valueOf(platform);
  }

  /** The customer's message this one answers, or {@code null}. */
  public UUID inReplyTo() {
    return inReplyTo;
  }

  public Direction direction() {
    return direction;
  }

  public String content() {
    return content;
  }

  public MessageStatus status() {
    return status;
  }

  public String errorCode() {
    return errorCode;
  }

  /** Sent by CHIDI on its own, rather than by a person who approved it. */
  public boolean automatic() {
    return CHIDI.equals(sentBy);
  }

  /** Stores CHIDI's draft and decision on a customer's message. */
  public void drafted(Draft draft) {
    aiResponse = draft.text();
    confidence = BigDecimal.valueOf(draft.confidence()).setScale(3, RoundingMode.HALF_UP);
    decision = draft.sends() ? "SEND" : "ESCALATE";
    intent = draft.intent();
    reasons = draft.reasonsJson();
    status = draft.sends() ? MessageStatus.ANSWERED : MessageStatus.ESCALATED;
  }

  /** The customer's message goes to a person after all (say, the messaging window closed). */
  public void escalated() {
    status = MessageStatus.ESCALATED;
  }

  /** The platform accepted the message. */
  public void sent(String platformId, int attempt, OffsetDateTime at) {
    platformMessageId = platformId;
    attempts = attempt;
    status = MessageStatus.SENT;
    sentAt = at;
    errorCode = null;
    errorMessage = null;
  }

  /**
   * Whether this is a reply left {@code QUEUED} with no command on its way: never attempted, or due
   * for its retry before {@code overdue}.
   */
  public boolean queuedWithoutCommand(OffsetDateTime overdue) {
    return direction == Direction.OUTBOUND
        && status == MessageStatus.QUEUED
        && (attempts == 0 || (nextAttemptAt != null && nextAttemptAt.isBefore(overdue)));
  }

  /** The number of the attempt after the last one made. */
  public int nextAttempt() {
    return attempts + 1;
  }

  /** An attempt failed and another follows at {@code next}: the message is queued again. */
  public void attemptFailed(int attempt, String code, String message, OffsetDateTime next) {
    failure(attempt, code, message);
    status = MessageStatus.QUEUED;
    nextAttemptAt = next;
  }

  /** No more attempts: the message will not be sent. */
  public void failed(int attempt, String code, String message) {
    failure(attempt, code, message);
    status = MessageStatus.FAILED;
  }

  private void failure(int attempt, String code, String message) {
    attempts = attempt;
    errorCode = code;
    errorMessage = message;
  }

  /**
   * CHIDI's draft of a reply.
   *
   * @param reasonsJson why, as a JSON object
   */
  public record Draft(
      String text, double confidence, boolean sends, String intent, String reasonsJson) {}
}
