package app.chidi.chat.websocket;

import app.chidi.platform.json.CachedJson;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;
import java.util.UUID;

/**
 * A frame from the client: {@code {"type": "user_message", "content": "..."}}, {@code {"type":
 * "confirm", "proposal_id": "..."}}… Anything else is malformed.
 */
record ClientMessage(String type, JsonObject body) {

  /** The message in {@code frame}, or empty when it is not a JSON object with a string type. */
  static Optional<ClientMessage> parse(String frame) {
    try (JsonReader reader = CachedJson.createReader(new StringReader(frame))) {
      JsonValue value = reader.readValue();
      if (value instanceof JsonObject object && object.get("type") instanceof JsonString type) {
        return Optional.of(new ClientMessage(type.getString(), object));
      }
      return Optional.empty();
    } catch (JsonException | IllegalStateException notJson) {
      return Optional.empty();
    }
  }

  /** A non-blank text field, or empty. */
  Optional<String> text(String name) {
    return body.get(name) instanceof JsonString text && !text.getString().isBlank()
        ? Optional.of(text.getString().strip())
        : Optional.empty();
  }

  /** The {@code limit} field when it is a whole number from 1 to 100, else {@code fallback}. */
  int limit(int fallback) {
    return body.get("limit") instanceof JsonNumber number
            && number.isIntegral()
            && number.intValue() >= 1
            && number.intValue() <= 100
        ? number.intValue()
        : fallback;
  }

  /** A UUID field, or empty when absent or not a UUID. */
  Optional<UUID> id(String name) {
    try {
      return text(name).map(UUID::fromString);
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }
}
