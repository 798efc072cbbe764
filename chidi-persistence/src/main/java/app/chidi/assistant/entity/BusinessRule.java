package app.chidi.assistant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A rule the owner taught CHIDI ("more than 3 items, 10% off"): conditions on the order or
 * question, the actions they trigger, and how to tell the customer. Higher priority goes first.
 * Whether the conditions and actions make sense is checked before a rule is saved.
 */
@Entity
@Table(name = "business_rules")
@NamedQuery(
    name = "BusinessRule.findAll",
    query = "select r from BusinessRule r order by r.createdAt, r.id")
@NamedQuery(
    name = "BusinessRule.findActive",
    query =
        "select r from BusinessRule r where r.active = true"
            + " order by r.priority desc, r.createdAt, r.id")
public class BusinessRule {

  @Id private UUID id;

  @Column(name = "business_id", nullable = false)
  private UUID businessId;

  @Enumerated(EnumType.STRING)
  @Column(name = "rule_type", nullable = false, length = 20)
  private RuleType type;

  @Column(nullable = false)
  private String name;

  @Column private String description;

  @Convert(converter = RuleConditions.class)
  @Column(nullable = false)
  private List<RuleCondition> conditions;

  @Convert(converter = RuleActions.class)
  @Column(nullable = false)
  private List<RuleAction> actions;

  @Column(name = "response_template")
  private String responseTemplate;

  @Column(nullable = false)
  private int priority;

  @Column(name = "is_active", nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected BusinessRule() {}

  public BusinessRule(UUID businessId, OffsetDateTime at) {
    this.id = UUID.randomUUID();
    this.businessId = Objects.requireNonNull(businessId);
    this.conditions = List.of();
    this.actions = List.of();
    this.active = true;
    this.createdAt = at;
    this.updatedAt = at;
  }

  /** Sets what the rule is called and says in the owner's words; blank description is absent. */
  public void describe(RuleType type, String name, String description) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a rule needs a name");
    }
    this.type = Objects.requireNonNull(type);
    this.name = name.strip();
    this.description = blankToNull(description);
    touch();
  }

  /** Sets when the rule applies and what it does; the caller has checked they fit together. */
  public void define(
      List<RuleCondition> conditions,
      List<RuleAction> actions,
      String responseTemplate,
      int priority) {
    this.conditions = List.copyOf(conditions);
    this.actions = List.copyOf(actions);
    this.responseTemplate = blankToNull(responseTemplate);
    this.priority = priority;
    touch();
  }

  public void activate(boolean active) {
    this.active = active;
    touch();
  }

  private void touch() {
    updatedAt = OffsetDateTime.now();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public UUID id() {
    return id;
  }

  public RuleType type() {
    return type;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public List<RuleCondition> conditions() {
    return conditions;
  }

  public List<RuleAction> actions() {
    return actions;
  }

  public String responseTemplate() {
    return responseTemplate;
  }

  public int priority() {
    return priority;
  }

  public boolean active() {
    return active;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }
}
