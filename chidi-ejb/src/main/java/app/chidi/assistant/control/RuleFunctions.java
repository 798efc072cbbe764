package app.chidi.assistant.control;

import app.chidi.assistant.boundary.ActionForm;
import app.chidi.assistant.boundary.ConditionForm;
import app.chidi.assistant.boundary.RuleChanges;
import app.chidi.assistant.boundary.RuleDraft;
import app.chidi.assistant.boundary.RuleForm;
import app.chidi.platform.json.CachedJson;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The functions a language model may call to manage the business's rules, with the parameters of
 * the rules API ({@code POST /api/rules}, {@code PATCH /api/rules/{id}}), and the reading of its
 * calls into forms. The forms are then checked by the very validation the API uses.
 */
final class RuleFunctions {

  static final String CREATE = "create_business_rule";
  static final String UPDATE = "update_business_rule";
  static final String DELETE = "delete_business_rule";
  private static final List<String> RULE_TYPES =
      List.of("pricing", "shipping", "returns", "availability", "custom");

  private RuleFunctions() {}

  static List<ToolSpecification> specifications() {
    return List.of(
        ToolSpecification.builder()
            .name(CREATE)
            .description("Propose a new business rule. The owner confirms it before it is saved.")
            .parameters(rule().required("rule_type", "name").build())
            .build(),
        ToolSpecification.builder()
            .name(UPDATE)
            .description(
                "Propose a change to one existing rule, by its id. Only the fields given change;"
                    + " conditions and actions, when given, replace the old ones.")
            .parameters(
                rule()
                    .addStringProperty("rule_id", "the id of the rule to change")
                    .required("rule_id")
                    .build())
            .build(),
        ToolSpecification.builder()
            .name(DELETE)
            .description("Propose removing one existing rule, by its id.")
            .parameters(
                JsonObjectSchema.builder()
                    .addStringProperty("rule_id", "the id of the rule to remove")
                    .required("rule_id")
                    .build())
            .build());
  }

  /**
   * The model's call as a draft; empty when it is not one of these functions or its arguments are
   * not the shape asked for (not JSON, a missing rule id).
   */
  static Optional<RuleDraft> read(ToolExecutionRequest call, Set<UUID> ruleIds) {
    try {
      JsonObject arguments =
          CachedJson.createReader(new StringReader(call.arguments())).readObject();
      return switch (call.name()) {
        case CREATE -> Optional.of(new RuleDraft.Create(form(arguments)));
        case UPDATE ->
            ruleId(arguments, ruleIds).map(id -> new RuleDraft.Update(id, changes(arguments)));
        case DELETE -> ruleId(arguments, ruleIds).map(RuleDraft.Delete::new);
        default -> Optional.empty();
      };
    } catch (JsonException | ClassCastException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static JsonObjectSchema.Builder rule() {
    JsonSchemaElement value =
        JsonAnyOfSchema.builder()
            .description("a number, a text, true or false, or a list of texts")
            .anyOf(
                new JsonNumberSchema(),
                new JsonStringSchema(),
                new JsonBooleanSchema(),
                JsonArraySchema.builder().items(new JsonStringSchema()).build())
            .build();
    return JsonObjectSchema.builder()
        .addEnumProperty("rule_type", RULE_TYPES, "what the rule is about")
        .addStringProperty("name", "a short name the owner will recognise")
        .addStringProperty("description", "the owner's own words for the rule")
        .addProperty(
            "conditions",
            JsonArraySchema.builder()
                .description("all must hold for the rule to apply; empty when it always applies")
                .items(
                    JsonObjectSchema.builder()
                        .addStringProperty("field", "a field key from the vocabulary")
                        .addStringProperty("operator", "an operator key from the vocabulary")
                        .addProperty("value", value)
                        .required("field", "operator", "value")
                        .build())
                .build())
        .addProperty(
            "actions",
            JsonArraySchema.builder()
                .description("what the rule does; one action, none for a custom rule")
                .items(
                    JsonObjectSchema.builder()
                        .addStringProperty("type", "an action key of the rule's type")
                        .addProperty("value", value)
                        .required("type")
                        .build())
                .build())
        .addStringProperty("response_template", "optional words CHIDI says when the rule applies")
        .addProperty(
            "priority",
            JsonIntegerSchema.builder().description("0 to 1000, higher goes first").build());
  }

  /** A new rule has the fields of a change; what it leaves out is checked on save. */
  private static RuleForm form(JsonObject arguments) {
    RuleChanges rule = changes(arguments);
    return new RuleForm(
        rule.ruleType(),
        rule.name(),
        rule.description(),
        rule.conditions(),
        rule.actions(),
        rule.responseTemplate(),
        rule.priority(),
        rule.isActive());
  }

  private static RuleChanges changes(JsonObject arguments) {
    return new RuleChanges(
        text(arguments, "rule_type"),
        text(arguments, "name"),
        text(arguments, "description"),
        conditions(arguments),
        actions(arguments),
        text(arguments, "response_template"),
        arguments.containsKey("priority") ? arguments.getInt("priority") : null,
        null);
  }

  private static Optional<UUID> ruleId(JsonObject arguments, Set<UUID> ruleIds) {
    UUID id = UUID.fromString(arguments.getString("rule_id", ""));
    return ruleIds.contains(id) ? Optional.of(id) : Optional.empty();
  }

  private static List<ConditionForm> conditions(JsonObject arguments) {
    JsonArray list = arguments.getJsonArray("conditions");
    return list == null
        ? null
        : list.getValuesAs(JsonObject.class).stream()
            .map(
                c ->
                    new ConditionForm(
                        c.getString("field", null),
                        c.getString("operator", null),
                        c.getOrDefault("value", JsonValue.NULL)))
            .toList();
  }

  private static List<ActionForm> actions(JsonObject arguments) {
    JsonArray list = arguments.getJsonArray("actions");
    return list == null
        ? null
        : list.getValuesAs(JsonObject.class).stream()
            .map(
                a ->
                    new ActionForm(
                        a.getString("type", null), a.getOrDefault("value", JsonValue.NULL)))
            .toList();
  }

  private static String text(JsonObject arguments, String name) {
    return arguments.containsKey(name) && !arguments.isNull(name)
        ? arguments.getString(name).strip()
        : null;
  }
}
