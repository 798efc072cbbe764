package app.chidi.assistant.boundary;

import app.chidi.assistant.entity.BusinessRule;
import app.chidi.assistant.entity.RuleAction;
import app.chidi.assistant.entity.RuleCondition;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A rule as the owner sees it, with a plain-language summary and a worked example.
 *
 * @param summary "When the number of items is more than 3: 10% off the order."
 * @param example "4 items at 5,000 each (20,000) → 10% off: 2,000 off 20,000 → total 18,000"
 */
public record RuleView(
    UUID id,
    String ruleType,
    String name,
    String description,
    List<RuleCondition> conditions,
    List<RuleAction> actions,
    String responseTemplate,
    int priority,
    boolean isActive,
    String summary,
    String example,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  public static RuleView of(BusinessRule rule, String summary, String example) {
    return new RuleView(
        rule.id(),
        rule.type().name().toLowerCase(Locale.ROOT),
        rule.name(),
        rule.description(),
        rule.conditions(),
        rule.actions(),
        rule.responseTemplate(),
        rule.priority(),
        rule.active(),
        summary,
        example,
        rule.createdAt(),
        rule.updatedAt());
  }
}
