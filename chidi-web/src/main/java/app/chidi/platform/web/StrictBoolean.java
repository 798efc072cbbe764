package app.chidi.platform.web;

import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Reads a JSON boolean and nothing else. Yasson reads any string as a boolean ("maybe" → false,
 * through {@code Boolean.parseBoolean}), which would switch a rule off on a typo; here a string or
 * number is malformed input.
 */
public class StrictBoolean implements JsonbDeserializer<Boolean> {

  @Override
  public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
    JsonValue value = context.deserialize(JsonValue.class, parser);
    if (value == null) {
      return null;
    }
    return switch (value.getValueType()) {
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case NULL -> null;
      default -> throw new JsonbException("expected true or false, not " + value.getValueType());
    };
  }
}
