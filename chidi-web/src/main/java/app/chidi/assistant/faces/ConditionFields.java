package app.chidi.assistant.faces;

import app.chidi.assistant.boundary.ConditionForm;
import app.chidi.assistant.boundary.RuleTerms;
import app.chidi.assistant.entity.RuleCondition;
import java.io.Serializable;
import java.util.Arrays;

/**
 * One condition row of the rule dialog: a field, an operator and the value as typed; a list is
 * typed with commas ("Lagos, Abuja").
 */
public final class ConditionFields implements Serializable {

  private String field;
  private String operator;
  private String value;

  ConditionFields(RuleTerms.Field field) {
    this.field = field.key();
    fit(field);
  }

  static ConditionFields of(RuleCondition condition) {
    ConditionFields row = new ConditionFields();
    row.field = condition.field();
    row.operator = condition.operator();
    row.value = JsonValues.text(condition.value());
    return row;
  }

  private ConditionFields() {}

  /** Keeps the operator and value when they suit {@code picked}, else its first operator. */
  void fit(RuleTerms.Field picked) {
    if (!picked.operators().contains(operator)) {
      operator = picked.operators().get(0);
    }
    if ("boolean".equals(picked.type()) && !Arrays.asList("true", "false").contains(value)) {
      value = "true";
    }
  }

  /** The condition as sent; a value of the wrong kind is left for the validator to name. */
  ConditionForm toForm(RuleTerms.Field known) {
    if (known == null) {
      return new ConditionForm(field, operator, JsonValues.parse(value, "text", false));
    }
    boolean list =
        "in".equals(operator)
            || "not_in".equals(operator)
            || ("list".equals(known.type()) && !"contains".equals(operator));
    return new ConditionForm(field, operator, JsonValues.parse(value, known.type(), list));
  }

  public String getField() {
    return field;
  }

  public void setField(String field) {
    this.field = field;
  }

  public String getOperator() {
    return operator;
  }

  public void setOperator(String operator) {
    this.operator = operator;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }
}
