package app.chidi.assistant.entity;

import app.chidi.platform.json.CachedJson;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;

/**
 * Reads and writes a rule's conditions and actions as the JSON arrays of their {@code jsonb}
 * columns. The column side is {@code Object}: PostgreSQL's driver reads {@code jsonb} as a {@code
 * PGobject}, whose text is the JSON.
 */
final class RuleJson {

  private RuleJson() {}

  static String conditions(List<RuleCondition> conditions) {
    JsonArrayBuilder array = CachedJson.createArrayBuilder();
    for (RuleCondition condition : conditions) {
      array.add(
          CachedJson.createObjectBuilder()
              .add("field", condition.field())
              .add("operator", condition.operator())
              .add("value", condition.value() == null ? JsonValue.NULL : condition.value()));
    }
    return array.build().toString();
  }

  static List<RuleCondition> conditions(Object column) {
    return array(column).getValuesAs(JsonObject.class).stream()
        .map(
            c ->
                new RuleCondition(
                    c.getString("field", null), c.getString("operator", null), c.get("value")))
        .toList();
  }

  static String actions(List<RuleAction> actions) {
    JsonArrayBuilder array = CachedJson.createArrayBuilder();
    for (RuleAction action : actions) {
      JsonObjectBuilder object = CachedJson.createObjectBuilder().add("type", action.type());
      if (action.value() != null) {
        object.add("value", action.value());
      }
      array.add(object);
    }
    return array.build().toString();
  }

  static List<RuleAction> actions(Object column) {
    return array(column).getValuesAs(JsonObject.class).stream()
        .map(
            a ->
                new RuleAction(
                    a.getString("type", null),
                    a.get("value") instanceof JsonNumber number ? number.bigDecimalValue() : null))
        .toList();
  }

  private static JsonArray array(Object column) {
    String json = column == null ? "" : column.toString();
    if (json.isBlank()) {
      return JsonValue.EMPTY_JSON_ARRAY;
    }
    try (var reader = CachedJson.createReader(new StringReader(json))) {
      return reader.readArray();
    }
  }
}
