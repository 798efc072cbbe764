package app.chidi.assistant.control;

import app.chidi.assistant.boundary.Evaluation;
import app.chidi.assistant.boundary.RuleContext;
import app.chidi.assistant.entity.BusinessRule;
import app.chidi.assistant.entity.RuleCondition;
import app.chidi.assistant.entity.RuleType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A worked example of a rule for the owner: an order that meets its conditions, and what the rule
 * makes of it ("3 items at 5,000 each (15,000) → 10% off: 1,500 off 15,000 → total 13,500").
 */
@ApplicationScoped
public class RuleExamples {

  static final BigDecimal UNIT_PRICE = new BigDecimal("5000");

  @Inject RuleEvaluator evaluator;

  public String example(BusinessRule rule) {
    RuleContext context = contextFor(rule);
    Evaluation result = evaluator.trial(rule, context);
    if (result.applied().isEmpty()) {
      return "No order meets all these conditions.";
    }
    String effect = result.applied().get(0).effect();
    effect = effect.substring(effect.indexOf(": ") + 2).replaceFirst(", because .*$", "");
    String total =
        result.total() != null && (result.discount() != null || result.shippingFee() != null)
            ? " → total " + Amounts.format(result.total())
            : "";
    return ExampleWords.of(context, UNIT_PRICE) + " → " + effect + total;
  }

  /** Facts that meet every condition, filled out so the effect has figures to show. */
  static RuleContext contextFor(BusinessRule rule) {
    Map<ContextField, Object> facts = new EnumMap<>(ContextField.class);
    for (RuleCondition condition : rule.conditions()) {
      ContextField.of(condition.field())
          .ifPresent(
              f ->
                  facts.put(
                      f,
                      satisfying(
                          f, Operator.of(condition.operator()).orElseThrow(), condition.value())));
    }
    boolean money = rule.type() == RuleType.PRICING || rule.type() == RuleType.SHIPPING;
    if (money && !facts.containsKey(ContextField.SUBTOTAL)) {
      int items =
          facts.containsKey(ContextField.ITEM_COUNT)
              ? ((BigDecimal) facts.get(ContextField.ITEM_COUNT)).intValue()
              : 3;
      facts.put(ContextField.ITEM_COUNT, BigDecimal.valueOf(items));
      facts.put(ContextField.SUBTOTAL, UNIT_PRICE.multiply(BigDecimal.valueOf(items)));
    }
    if (rule.type() == RuleType.RETURNS
        && !facts.containsKey(ContextField.DAYS_SINCE_PURCHASE)
        && !rule.actions().isEmpty()
        && rule.actions().get(0).value() != null) {
      facts.put(
          ContextField.DAYS_SINCE_PURCHASE,
          BigDecimal.valueOf(Math.max(1, rule.actions().get(0).value().intValue() / 2)));
    }
    return ExampleWords.context(facts);
  }

  private static Object satisfying(ContextField field, Operator operator, JsonValue value) {
    return switch (field.type) {
      case NUMBER -> number(field, operator, value);
      case BOOLEAN -> (value == JsonValue.TRUE) == (operator == Operator.EQ);
      case STRING ->
          operator == Operator.NEQ || operator == Operator.NOT_IN ? "elsewhere" : first(value);
      case LIST -> List.of(operator == Operator.NOT_IN ? "other" : first(value));
    };
  }

  private static BigDecimal number(ContextField field, Operator operator, JsonValue value) {
    BigDecimal v =
        value instanceof JsonArray array
            ? ((JsonNumber) array.get(0)).bigDecimalValue()
            : ((JsonNumber) value).bigDecimalValue();
    boolean whole = field != ContextField.SUBTOTAL;
    BigDecimal step =
        whole
            ? BigDecimal.ONE
            : v.signum() == 0
                ? new BigDecimal("1000")
                : v.divide(BigDecimal.valueOf(4), 0, RoundingMode.HALF_UP).max(BigDecimal.ONE);
    BigDecimal chosen =
        switch (operator) {
          case GT, NEQ, NOT_IN -> v.add(step);
          case LT -> v.subtract(step).max(BigDecimal.ZERO);
          default -> v;
        };
    return whole ? chosen.setScale(0, RoundingMode.FLOOR) : chosen;
  }

  private static String first(JsonValue value) {
    JsonValue one = value instanceof JsonArray array ? array.get(0) : value;
    return one instanceof JsonString string ? string.getString() : String.valueOf(one);
  }
}
