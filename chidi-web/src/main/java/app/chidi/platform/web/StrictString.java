package app.chidi.platform.web;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Reads a JSON string and nothing else, for the texts that reach customers. Yasson turns a number
 * or boolean into its text ({@code 5} → "5"), which would send a reply nobody wrote; here it is
 * malformed input. Put on a property with {@code @JsonbTypeDeserializer}: registered for every
 * String, Yasson would also hand it map keys.
 */
public class StrictString implements JsonbDeserializer<String> {

  @Override
  public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
    JsonValue value = context.deserialize(JsonValue.class, parser);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonString text) {
      return text.getString();
    }
    throw new JsonbException("expected a string, not " + value.getValueType());
  }
}
