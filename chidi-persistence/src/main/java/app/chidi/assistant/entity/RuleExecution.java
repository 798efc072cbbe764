package app.chidi.assistant.entity;

import app.chidi.platform.entity.NullableUuid;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * One time the assistant applied a rule: the facts it had and what the rule did. Append-only; it
 * outlives the rule, so the outcome also names it.
 */
@Entity
@Table(name = "rule_executions")
public class RuleExecution {

  @Id private UUID id;

  @Column(name = "business_id", nullable = false)
  private UUID businessId;

  @Column(name = "rule_id", nullable = false)
  private UUID ruleId;

  @Column(name = "conversation_id")
  @Convert(converter = NullableUuid.class)
  private UUID conversationId;

  @Column(name = "message_id")
  @Convert(converter = NullableUuid.class)
  private UUID messageId;

  @Convert(converter = JsonText.class)
  @Column(nullable = false)
  private String input;

  @Convert(converter = JsonText.class)
  @Column(nullable = false)
  private String outcome;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected RuleExecution() {}

  /**
   * @param input the facts, as a JSON object
   * @param outcome what the rule did, as a JSON object
   */
  public RuleExecution(
      UUID businessId,
      UUID ruleId,
      UUID conversationId,
      UUID messageId,
      String input,
      String outcome) {
    this.id = UUID.randomUUID();
    this.businessId = Objects.requireNonNull(businessId);
    this.ruleId = Objects.requireNonNull(ruleId);
    this.conversationId = conversationId;
    this.messageId = messageId;
    this.input = Objects.requireNonNull(input);
    this.outcome = Objects.requireNonNull(outcome);
    this.createdAt = OffsetDateTime.now();
  }

  public UUID id() {
    return id;
  }

  public UUID ruleId() {
    return ruleId;
  }

  public String input() {
    return input;
  }

  public String outcome() {
    return outcome;
  }
}
