package app.chidi.assistant.control;

import app.chidi.assistant.entity.BusinessRule;
import app.chidi.assistant.entity.RuleAction;
import app.chidi.assistant.entity.RuleCondition;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;

/** Rules in plain words: "When the number of items is more than 3: 10% off the order." */
public final class RuleWording {

  private RuleWording() {}

  public static String summary(BusinessRule rule) {
    String when =
        rule.conditions().isEmpty()
            ? "Always"
            : capitalise("when " + conditions(rule.conditions()));
    return when + ": " + action(rule) + ".";
  }

  /** "the number of items is more than 3 and the delivery state is Lagos" */
  static String conditions(List<RuleCondition> conditions) {
    return String.join(" and ", conditions.stream().map(RuleWording::condition).toList());
  }

  static String condition(RuleCondition condition) {
    ContextField field = ContextField.of(condition.field()).orElse(null);
    Operator operator = Operator.of(condition.operator()).orElse(null);
    if (field == null || operator == null) {
      return condition.field() + " " + condition.operator() + " " + condition.value();
    }
    if (field.type == FieldType.BOOLEAN) {
      boolean yes = (condition.value() == JsonValue.TRUE) == (operator == Operator.EQ);
      return yes ? field.words : "not (" + field.words + ")";
    }
    String verb =
        field.type == FieldType.LIST
            ? switch (operator) {
              case CONTAINS -> "include";
              case IN -> "include any of";
              default -> "include none of";
            }
            : operator.words;
    return field.words + " " + verb + " " + value(field, condition.value());
  }

  private static String value(ContextField field, JsonValue value) {
    if (value instanceof JsonArray array) {
      List<String> items = array.stream().map(v -> value(field, v)).toList();
      return items.size() == 1
          ? items.get(0)
          : String.join(", ", items.subList(0, items.size() - 1))
              + " or "
              + items.get(items.size() - 1);
    }
    if (value instanceof JsonNumber number) {
      return field == ContextField.SUBTOTAL
          ? Amounts.format(number.bigDecimalValue())
          : Amounts.plain(number.bigDecimalValue());
    }
    return value instanceof JsonString string ? string.getString() : String.valueOf(value);
  }

  /** What the rule does, without figures from an order: "10% off the order". */
  static String action(BusinessRule rule) {
    if (rule.actions().isEmpty()) {
      return "reply \"" + rule.responseTemplate() + "\"";
    }
    RuleAction action = rule.actions().get(0);
    BigDecimal value = action.value();
    return switch (ActionType.of(action.type()).orElseThrow()) {
      case PERCENT_DISCOUNT -> Amounts.plain(value) + "% off the order";
      case FIXED_DISCOUNT -> Amounts.format(value) + " off the order";
      case FREE_SHIPPING -> "free delivery";
      case SHIPPING_FEE -> "delivery costs " + Amounts.format(value);
      case RETURN_WINDOW -> "returns accepted within " + Amounts.plain(value) + " days of purchase";
      case NO_RETURNS -> "no returns";
      case RESERVE -> "items can be reserved for " + Amounts.plain(value) + " hours";
    };
  }

  static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
