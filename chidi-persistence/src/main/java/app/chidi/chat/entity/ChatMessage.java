package app.chidi.chat.entity;

import app.chidi.platform.entity.NullableUuid;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * One message of the owner's chat. A proposal carries the structured change in {@code payload} and
 * moves from {@link ProposalStatus#PENDING} to exactly one final state.
 */
@Entity
@Table(name = "chat_messages")
@NamedQuery(
    name = "ChatMessage.findBefore",
    query =
        "select m from ChatMessage m where m.createdAt < :before"
            + " order by m.createdAt desc, m.id desc")
@NamedQuery(
    name = "ChatMessage.findBeforeMessage",
    query =
        "select m from ChatMessage m where m.createdAt < :at or (m.createdAt = :at and m.id < :id)"
            + " order by m.createdAt desc, m.id desc")
@NamedQuery(
    name = "ChatMessage.deleteBefore",
    query = "delete from ChatMessage m where m.createdAt < :before")
@NamedQuery(
    name = "ChatMessage.findPendingByUser",
    query =
        "select m from ChatMessage m where m.userId = :user"
            + " and m.proposalStatus = app.chidi.chat.entity.ProposalStatus.PENDING")
public class ChatMessage {

  @Id private UUID id;

  @Column(name = "business_id", nullable = false)
  private UUID businessId;

  @Column(name = "conversation_id", nullable = false)
  private UUID conversationId;

  @Column(name = "user_id")
  @Convert(converter = NullableUuid.class)
  private UUID userId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ChatRole role;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private MessageKind kind;

  @Column(nullable = false)
  private String content;

  @Column(precision = 4, scale = 3)
  private BigDecimal confidence;

  private String payload;

  @Enumerated(EnumType.STRING)
  @Column(name = "proposal_status", length = 10)
  private ProposalStatus proposalStatus;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected ChatMessage() {}

  private ChatMessage(UUID conversationId, UUID businessId, UUID userId, ChatRole role) {
    this.id = UUID.randomUUID();
    this.conversationId = Objects.requireNonNull(conversationId);
    this.businessId = Objects.requireNonNull(businessId);
    this.userId = userId;
    this.role = role;
    this.kind = MessageKind.TEXT;
    this.createdAt = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
  }

  /** What a person of the business wrote. */
  public static ChatMessage fromUser(
      UUID conversationId, UUID businessId, UUID userId, String content) {
    ChatMessage message = new ChatMessage(conversationId, businessId, userId, ChatRole.USER);
    message.content = Objects.requireNonNull(content);
    return message;
  }

  /** CHIDI's plain answer to {@code userId}. */
  public static ChatMessage answer(
      UUID conversationId, UUID businessId, UUID userId, String content, double confidence) {
    ChatMessage message = new ChatMessage(conversationId, businessId, userId, ChatRole.ASSISTANT);
    message.content = Objects.requireNonNull(content);
    message.confidence = BigDecimal.valueOf(confidence).setScale(3, java.math.RoundingMode.HALF_UP);
    return message;
  }

  /** A change CHIDI restated in {@code content} and waits for {@code userId} to confirm. */
  public static ChatMessage proposal(
      UUID conversationId,
      UUID businessId,
      UUID userId,
      MessageKind kind,
      String content,
      String payloadJson) {
    if (kind == MessageKind.TEXT) {
      throw new IllegalArgumentException("a proposal is a rule or stock proposal");
    }
    ChatMessage message = new ChatMessage(conversationId, businessId, userId, ChatRole.ASSISTANT);
    message.kind = kind;
    message.content = Objects.requireNonNull(content);
    message.payload = Objects.requireNonNull(payloadJson);
    message.proposalStatus = ProposalStatus.PENDING;
    return message;
  }

  /**
   * Ends a pending proposal.
   *
   * @throws IllegalStateException when it is not pending any more
   */
  public void settle(ProposalStatus outcome) {
    if (proposalStatus != ProposalStatus.PENDING || outcome == ProposalStatus.PENDING) {
      throw new IllegalStateException("proposal " + id + " is " + proposalStatus);
    }
    proposalStatus = outcome;
  }

  public boolean isPendingFor(UUID user) {
    return proposalStatus == ProposalStatus.PENDING && Objects.equals(userId, user);
  }

  public UUID id() {
    return id;
  }

  public UUID userId() {
    return userId;
  }

  public ChatRole role() {
    return role;
  }

  public MessageKind kind() {
    return kind;
  }

  public String content() {
    return content;
  }

  /** CHIDI's confidence in an answer, or {@code null}. */
  public BigDecimal confidence() {
    return confidence;
  }

  /** A proposal's change as JSON text, or {@code null} for text. */
  public String payload() {
    return payload;
  }

  /** A proposal's state, or {@code null} for text. */
  public ProposalStatus proposalStatus() {
    return proposalStatus;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ChatMessage message && id.equals(message.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
