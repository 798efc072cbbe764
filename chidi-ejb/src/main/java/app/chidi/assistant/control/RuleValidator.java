package app.chidi.assistant.control;

import app.chidi.assistant.boundary.ActionForm;
import app.chidi.assistant.boundary.ConditionForm;
import app.chidi.assistant.entity.RuleAction;
import app.chidi.assistant.entity.RuleCondition;
import app.chidi.assistant.entity.RuleType;
import app.chidi.platform.error.InvalidFieldsException;
import app.chidi.platform.error.InvalidFieldsException.FieldProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a rule before it is saved: known fields, operators that fit the field's type, values of
 * the right type, actions that belong to the rule's type with values in range, and a response
 * template with known placeholders. Reports every mistake at once, by path.
 */
@ApplicationScoped
public class RuleValidator {

  static final Set<String> PLACEHOLDERS =
      Set.of("percent", "amount", "days", "hours", "fee", "discount", "subtotal", "total");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
  private static final int MAX_LIST = 50;

  /** A rule's conditions and actions in the form they are stored. */
  public record Checked(List<RuleCondition> conditions, List<RuleAction> actions) {}

  /**
   * @throws InvalidFieldsException naming each invalid field
   */
  public Checked check(
      RuleType type, List<ConditionForm> conditions, List<ActionForm> actions, String template) {
    List<FieldProblem> problems = new ArrayList<>();
    List<RuleCondition> checkedConditions = new ArrayList<>();
    for (int i = 0; i < conditions.size(); i++) {
      checkCondition("conditions[" + i + "]", conditions.get(i), problems)
          .ifPresent(checkedConditions::add);
    }
    List<RuleAction> checkedActions = checkActions(type, actions, problems);
    checkTemplate(type, template, problems);
    if (!problems.isEmpty()) {
      throw new InvalidFieldsException(problems);
    }
    return new Checked(checkedConditions, checkedActions);
  }

  private java.util.Optional<RuleCondition> checkCondition(
      String path, ConditionForm form, List<FieldProblem> problems) {
    if (form == null) {
      problems.add(new FieldProblem(path, "must not be null"));
      return java.util.Optional.empty();
    }
    ContextField field = ContextField.of(form.field()).orElse(null);
    if (field == null) {
      problems.add(
          new FieldProblem(
              path + ".field",
              "unknown field '" + form.field() + "'; known: " + ContextField.keys()));
    }
    Operator operator = Operator.of(form.operator()).orElse(null);
    if (operator == null) {
      problems.add(
          new FieldProblem(
              path + ".operator",
              "unknown operator '"
                  + form.operator()
                  + "'; known: eq, neq, gt, gte, lt, lte, in, not_in, contains"));
    }
    if (field == null || operator == null) {
      return java.util.Optional.empty();
    }
    if (!field.type.operators.contains(operator)) {
      problems.add(
          new FieldProblem(
              path + ".operator",
              "'"
                  + operator.key()
                  + "' does not apply to "
                  + field.key()
                  + " ("
                  + field.type.words
                  + "); use "
                  + String.join(", ", field.type.operators.stream().map(Operator::key).toList())));
      return java.util.Optional.empty();
    }
    String wrong = valueProblem(field.type, operator, form.value());
    if (wrong != null) {
      problems.add(new FieldProblem(path + ".value", wrong));
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new RuleCondition(field.key(), operator.key(), form.value()));
  }

  /** What is wrong with a condition's value, or {@code null}. */
  static String valueProblem(FieldType type, Operator operator, JsonValue value) {
    if (operator.takesList() || (type == FieldType.LIST && operator != Operator.CONTAINS)) {
      if (!(value instanceof JsonArray array) || array.isEmpty() || array.size() > MAX_LIST) {
        return "must be a list of 1 to "
            + MAX_LIST
            + " "
            + (type == FieldType.NUMBER ? "numbers" : "texts");
      }
      FieldType element = type == FieldType.LIST ? FieldType.STRING : type;
      return array.stream().allMatch(v -> single(element, v))
          ? null
          : "every item must be " + element.words;
    }
    FieldType single = type == FieldType.LIST ? FieldType.STRING : type;
    return single(single, value) ? null : "must be " + single.words;
  }

  private static boolean single(FieldType type, JsonValue value) {
    return switch (type) {
      case NUMBER -> value instanceof JsonNumber;
      case STRING ->
          value instanceof JsonString s
              && !s.getString().isBlank()
              && s.getString().length() <= 200;
      case BOOLEAN -> value == JsonValue.TRUE || value == JsonValue.FALSE;
      case LIST -> false;
    };
  }

  private List<RuleAction> checkActions(
      RuleType type, List<ActionForm> actions, List<FieldProblem> problems) {
    if (type == RuleType.CUSTOM) {
      if (!actions.isEmpty()) {
        problems.add(
            new FieldProblem(
                "actions", "a custom rule has no actions; it answers with its response_template"));
      }
      return List.of();
    }
    if (actions.size() != 1) {
      problems.add(
          new FieldProblem(
              "actions",
              "a "
                  + type.name().toLowerCase(java.util.Locale.ROOT)
                  + " rule needs exactly one action: "
                  + ActionType.keysFor(type)));
      return List.of();
    }
    ActionForm form = actions.get(0);
    if (form == null) {
      problems.add(new FieldProblem("actions[0]", "must not be null"));
      return List.of();
    }
    ActionType action = ActionType.of(form.type()).orElse(null);
    if (action == null || action.ruleType != type) {
      problems.add(
          new FieldProblem(
              "actions[0].type",
              (action == null
                      ? "unknown action '" + form.type() + "'"
                      : "not an action of this rule type")
                  + "; a "
                  + type.name().toLowerCase(java.util.Locale.ROOT)
                  + " rule takes "
                  + ActionType.keysFor(type)));
      return List.of();
    }
    return checkValue(action, form.value(), problems).map(List::of).orElse(List.of());
  }

  private static java.util.Optional<RuleAction> checkValue(
      ActionType action, JsonValue value, List<FieldProblem> problems) {
    boolean absent = value == null || value == JsonValue.NULL;
    if (action.value == ActionType.Value.NONE) {
      if (!absent) {
        problems.add(new FieldProblem("actions[0].value", action.value.rule));
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(new RuleAction(action.key(), null));
    }
    if (!(value instanceof JsonNumber number) || !action.value.accepts(number.bigDecimalValue())) {
      problems.add(new FieldProblem("actions[0].value", action.value.rule));
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new RuleAction(action.key(), number.bigDecimalValue()));
  }

  private static void checkTemplate(RuleType type, String template, List<FieldProblem> problems) {
    if (template == null || template.isBlank()) {
      if (type == RuleType.CUSTOM) {
        problems.add(
            new FieldProblem("response_template", "a custom rule needs the reply it gives"));
      }
      return;
    }
    Matcher matcher = PLACEHOLDER.matcher(template);
    while (matcher.find()) {
      if (!PLACEHOLDERS.contains(matcher.group(1))) {
        problems.add(
            new FieldProblem(
                "response_template",
                "unknown placeholder {"
                    + matcher.group(1)
                    + "}; known: {percent}, {amount}, {days}, {hours}, {fee}, {discount},"
                    + " {subtotal}, {total}"));
        return;
      }
    }
  }
}
