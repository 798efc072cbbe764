package app.chidi.assistant.faces;

import app.chidi.platform.error.InvalidFieldsException;
import app.chidi.platform.web.PageMessages;
import app.chidi.platform.web.PageMessages.Field;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the rule dialog shows a refusal: the input a path names ({@code name}, {@code
 * conditions[1].value}, {@code actions[0].value}), as Bean Validation and the rule validator name
 * them, with a label that makes the message a sentence.
 */
final class RuleFieldIds {

  static final String FORM = "rule-form";
  private static final Pattern CONDITION = Pattern.compile("conditions\\[(\\d+)]\\.?(\\w*)");
  private static final Map<String, Field> FIELDS =
      Map.ofEntries(
          Map.entry("ruleType", field("type", "Type")),
          Map.entry("rule_type", field("type", "Type")),
          Map.entry("name", field("name", "Name")),
          Map.entry("description", field("description", "Description")),
          Map.entry("conditions", new Field(null, "Conditions")),
          Map.entry("actions", field("action", "Action")),
          Map.entry("actions[0]", field("action", "Action")),
          Map.entry("actions[0].type", field("action", "Action")),
          Map.entry("actions[0].value", field("action-value", "Value")),
          Map.entry("responseTemplate", field("template", "Reply")),
          Map.entry("response_template", field("template", "Reply")),
          Map.entry("priority", field("priority", "Priority")));

  private RuleFieldIds() {}

  static Field of(String path) {
    Matcher condition = CONDITION.matcher(path);
    if (condition.matches()) {
      int index = Integer.parseInt(condition.group(1));
      String part = condition.group(2).isEmpty() ? "field" : condition.group(2);
      return new Field(
          FORM + ":conditions:" + index + ":" + part, "Condition " + (index + 1) + ": " + part);
    }
    return FIELDS.getOrDefault(path, new Field(null, path));
  }

  /** Each problem of {@code refusal} next to its input. */
  static void show(InvalidFieldsException refusal) {
    for (InvalidFieldsException.FieldProblem problem : refusal.problems()) {
      Field field = of(problem.field());
      String message = problem.message();
      String joint = message.startsWith("must") || message.startsWith("'") ? " " : ": ";
      PageMessages.error(field.clientId(), field.label() + joint + message);
    }
  }

  private static Field field(String id, String label) {
    return new Field(FORM + ":" + id, label);
  }
}
