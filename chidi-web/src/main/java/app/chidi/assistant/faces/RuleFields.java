package app.chidi.assistant.faces;

import app.chidi.assistant.boundary.ActionForm;
import app.chidi.assistant.boundary.ConditionForm;
import app.chidi.assistant.boundary.RuleChanges;
import app.chidi.assistant.boundary.RuleForm;
import app.chidi.assistant.boundary.RuleTerms;
import app.chidi.assistant.boundary.RuleView;
import app.chidi.assistant.entity.RuleAction;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The rule dialog's fields; {@code id} is null for a new rule. */
public final class RuleFields implements Serializable {

  private UUID id;
  private String ruleType = "pricing";
  private String name;
  private String description;
  private final List<ConditionFields> conditions = new ArrayList<>();
  private String actionType;
  private String actionValue;
  private String responseTemplate;
  private Integer priority = 0;
  private boolean active = true;

  static RuleFields of(RuleView rule) {
    RuleFields fields = new RuleFields();
    fields.id = rule.id();
    fields.ruleType = rule.ruleType();
    fields.name = rule.name();
    fields.description = rule.description();
    rule.conditions().stream().map(ConditionFields::of).forEach(fields.conditions::add);
    if (!rule.actions().isEmpty()) {
      RuleAction action = rule.actions().get(0);
      fields.actionType = action.type();
      fields.actionValue = action.value() == null ? null : action.value().toPlainString();
    }
    fields.responseTemplate = rule.responseTemplate();
    fields.priority = rule.priority();
    fields.active = rule.isActive();
    return fields;
  }

  /** Picks the first action of the rule type when the one chosen belongs to another. */
  void fit(RuleTerms terms) {
    List<RuleTerms.Action> actions = terms.actionsOf(ruleType);
    if (actions.stream().noneMatch(a -> a.key().equals(actionType))) {
      actionType = actions.isEmpty() ? null : actions.get(0).key();
      actionValue = null;
    }
  }

  RuleForm toForm(RuleTerms terms) {
    return new RuleForm(
        ruleType,
        name,
        description,
        conditionForms(terms),
        actionForms(terms),
        responseTemplate,
        priority,
        active);
  }

  /** Every field, so that the rule becomes what the dialog shows; blank texts clear. */
  RuleChanges toChanges(RuleTerms terms) {
    return new RuleChanges(
        ruleType,
        name,
        description == null ? "" : description,
        conditionForms(terms),
        actionForms(terms),
        responseTemplate == null ? "" : responseTemplate,
        priority,
        active);
  }

  private List<ConditionForm> conditionForms(RuleTerms terms) {
    return conditions.stream().map(c -> c.toForm(terms.field(c.getField()))).toList();
  }

  private List<ActionForm> actionForms(RuleTerms terms) {
    RuleTerms.Action action =
        terms.actionsOf(ruleType).stream()
            .filter(a -> a.key().equals(actionType))
            .findFirst()
            .orElse(null);
    if (action == null) {
      return "custom".equals(ruleType) ? List.of() : List.of(new ActionForm(actionType, null));
    }
    JsonValue value =
        action.valueRule() == null || actionValue == null || actionValue.isBlank()
            ? JsonValue.NULL
            : JsonValues.number(actionValue);
    return List.of(new ActionForm(action.key(), value));
  }

  public boolean isNew() {
    return id == null;
  }

  UUID getId() {
    return id;
  }

  public List<ConditionFields> getConditions() {
    return conditions;
  }

  public String getRuleType() {
    return ruleType;
  }

  public void setRuleType(String ruleType) {
    this.ruleType = ruleType;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getActionType() {
    return actionType;
  }

  public void setActionType(String actionType) {
    this.actionType = actionType;
  }

  public String getActionValue() {
    return actionValue;
  }

  public void setActionValue(String actionValue) {
    this.actionValue = actionValue;
  }

  public String getResponseTemplate() {
    return responseTemplate;
  }

  public void setResponseTemplate(String responseTemplate) {
    this.responseTemplate = responseTemplate;
  }

  public Integer getPriority() {
    return priority;
  }

  public void setPriority(Integer priority) {
    this.priority = priority;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
