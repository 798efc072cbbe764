package app.chidi.chat.control;

import app.chidi.assistant.boundary.RuleChanges;
import app.chidi.assistant.boundary.RuleForm;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import java.util.UUID;

/**
 * The change a proposal applies on confirmation, stored with it as JSON: a new rule ({@code
 * create}), a change or removal of rule {@code ruleId} ({@code update}, {@code delete}), or a stock
 * adjustment of a variant ({@code stock}).
 */
public record ProposedChange(
    String action,
    UUID ruleId,
    RuleForm rule,
    RuleChanges changes,
    UUID variantId,
    Integer adjustment) {

  private static final Jsonb JSON =
      JsonbBuilder.create(
          new JsonbConfig()
              .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES));

  public static ProposedChange create(RuleForm rule) {
    return new ProposedChange("create", null, rule, null, null, null);
  }

  public static ProposedChange update(UUID ruleId, RuleChanges changes) {
    return new ProposedChange("update", ruleId, null, changes, null, null);
  }

  public static ProposedChange delete(UUID ruleId) {
    return new ProposedChange("delete", ruleId, null, null, null, null);
  }

  public static ProposedChange stock(UUID variantId, int adjustment) {
    return new ProposedChange("stock", null, null, null, variantId, adjustment);
  }

  public String json() {
    return JSON.toJson(this);
  }

  public static ProposedChange of(String json) {
    return JSON.fromJson(json, ProposedChange.class);
  }
}
