package app.chidi.assistant.control;

import app.chidi.assistant.boundary.RuleContext;
import app.chidi.assistant.entity.RuleCondition;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether one condition holds for a context. Texts compare ignoring case and surrounding
 * spaces. A fact that is not known makes every condition on it false, {@code neq} and {@code
 * not_in} included: a rule never applies on a guess. Conditions are checked on save, so a condition
 * that does not fit its field here (an old row, say) simply does not hold.
 */
final class Conditions {

  private Conditions() {}

  static boolean holdAll(List<RuleCondition> conditions, RuleContext context) {
    return conditions.stream().allMatch(c -> holds(c, context));
  }

  static boolean holds(RuleCondition condition, RuleContext context) {
    ContextField field = ContextField.of(condition.field()).orElse(null);
    Operator operator = Operator.of(condition.operator()).orElse(null);
    if (field == null || operator == null || !field.type.operators.contains(operator)) {
      return false;
    }
    Object fact = field.valueIn(context);
    if (fact == null) {
      return false;
    }
    JsonValue value = condition.value();
    return switch (field.type) {
      case NUMBER -> number(new BigDecimal(fact.toString()), operator, value);
      case STRING -> text(normal(fact.toString()), operator, value);
      case BOOLEAN -> bool((Boolean) fact, operator, value);
      case LIST ->
          list(((List<?>) fact).stream().map(o -> normal(o.toString())).toList(), operator, value);
    };
  }

  private static boolean bool(boolean fact, Operator operator, JsonValue value) {
    if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
      return false;
    }
    return (fact == (value == JsonValue.TRUE)) == (operator == Operator.EQ);
  }

  private static boolean number(BigDecimal fact, Operator operator, JsonValue value) {
    if (operator.takesList()) {
      boolean found =
          value instanceof JsonArray array
              && array.stream()
                  .anyMatch(
                      v -> v instanceof JsonNumber n && fact.compareTo(n.bigDecimalValue()) == 0);
      return found == (operator == Operator.IN);
    }
    if (!(value instanceof JsonNumber number)) {
      return false;
    }
    int c = fact.compareTo(number.bigDecimalValue());
    return switch (operator) {
      case EQ -> c == 0;
      case NEQ -> c != 0;
      case GT -> c > 0;
      case GTE -> c >= 0;
      case LT -> c < 0;
      case LTE -> c <= 0;
      default -> false;
    };
  }

  private static boolean text(String fact, Operator operator, JsonValue value) {
    if (operator.takesList()) {
      return texts(value).contains(fact) == (operator == Operator.IN);
    }
    if (!(value instanceof JsonString string)) {
      return false;
    }
    String wanted = normal(string.getString());
    return switch (operator) {
      case EQ -> fact.equals(wanted);
      case NEQ -> !fact.equals(wanted);
      case CONTAINS -> fact.contains(wanted);
      default -> false;
    };
  }

  private static boolean list(List<String> facts, Operator operator, JsonValue value) {
    if (operator == Operator.CONTAINS) {
      return value instanceof JsonString string && facts.contains(normal(string.getString()));
    }
    List<String> candidates = texts(value);
    boolean any = facts.stream().anyMatch(candidates::contains);
    return any == (operator == Operator.IN);
  }

  private static List<String> texts(JsonValue value) {
    return value instanceof JsonArray array
        ? array.stream()
            .filter(JsonString.class::isInstance)
            .map(v -> normal(((JsonString) v).getString()))
            .toList()
        : List.of();
  }

  static String normal(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }
}
