package app.chidi.assistant.faces;

import app.chidi.platform.json.CachedJson;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.stream.Collectors;

/**
 * Rule values between the text of a form field and JSON: "3" is a number for a number field,
 * "Lagos, Abuja" a list for a list. Text that does not fit stays text, so that the rule validator
 * names the mistake the same way as for the API.
 */
final class JsonValues {

  private JsonValues() {}

  /**
   * @param type the field's type: {@code number}, {@code text}, {@code boolean} or {@code list}
   * @param list whether the value is a list of items separated by commas
   */
  static JsonValue parse(String text, String type, boolean list) {
    if (text == null || text.isBlank()) {
      return JsonValue.NULL;
    }
    if (!list) {
      return single(text.strip(), type);
    }
    JsonArrayBuilder items = CachedJson.createArrayBuilder();
    for (String item : text.split(",")) {
      if (!item.isBlank()) {
        items.add(single(item.strip(), type));
      }
    }
    return items.build();
  }

  private static JsonValue single(String text, String type) {
    return switch (type) {
      case "number" -> number(text);
      case "boolean" -> "true".equals(text) ? JsonValue.TRUE : JsonValue.FALSE;
      default -> CachedJson.createValue(text);
    };
  }

  /** An amount or count as typed ("15000", "15,000"), or the text when it is none. */
  static JsonValue number(String text) {
    try {
      return CachedJson.createValue(new BigDecimal(text.strip().replace(",", "")));
    } catch (NumberFormatException notANumber) {
      return CachedJson.createValue(text);
    }
  }

  /** A value as the form shows it. */
  static String text(JsonValue value) {
    if (value instanceof JsonArray array) {
      return array.stream().map(JsonValues::text).collect(Collectors.joining(", "));
    }
    if (value instanceof JsonString string) {
      return string.getString();
    }
    if (value instanceof JsonNumber number) {
      return number.bigDecimalValue().toPlainString();
    }
    return value == null || value == JsonValue.NULL ? "" : value.toString();
  }
}
