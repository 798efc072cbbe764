package app.chidi.channel.control;

import app.chidi.channel.boundary.AccountEvents;
import app.chidi.channel.boundary.IncomingMessage;
import app.chidi.channel.boundary.MalformedWebhookException;
import app.chidi.channel.boundary.StatusReport;
import app.chidi.channel.entity.Platform;
import app.chidi.platform.json.CachedJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a webhook delivery (one POST may carry several entries, changes and messages) into the
 * events of each account it names. Anything off Meta's documented shape is malformed.
 */
@ApplicationScoped
public class WebhookPayloads {

  public List<AccountEvents> parse(Platform platform, byte[] body) {
    Grouped grouped = new Grouped(platform);
    try (JsonReader reader = CachedJson.createReader(new ByteArrayInputStream(body))) {
      JsonObject root = reader.readObject();
      for (JsonObject entry : objects(root.getJsonArray("entry"))) {
        if (platform == Platform.WHATSAPP) {
          WhatsAppPayload.read(entry, grouped);
        } else {
          InstagramPayload.read(entry, grouped);
        }
      }
    } catch (JsonException | ClassCastException | NullPointerException e) {
      throw new MalformedWebhookException(e.getClass().getSimpleName());
    }
    return grouped.events();
  }

  /** The objects of {@code array}; none when it is absent. */
  static List<JsonObject> objects(JsonArray array) {
    return array == null ? List.of() : array.getValuesAs(JsonObject.class);
  }

  /** {@code object}'s string {@code name}, or {@code null} when absent. */
  static String text(JsonObject object, String name) {
    if (object == null || !object.containsKey(name) || object.isNull(name)) {
      return null;
    }
    JsonValue value = object.get(name);
    return value.getValueType() == JsonValue.ValueType.STRING
        ? object.getString(name)
        : value.toString();
  }

  /** The events of a delivery, by account, in the order they came. */
  static final class Grouped {
    private final Platform platform;
    private final Map<String, List<IncomingMessage>> messages = new LinkedHashMap<>();
    private final Map<String, List<StatusReport>> statuses = new LinkedHashMap<>();

    Grouped(Platform platform) {
      this.platform = platform;
    }

    void message(String account, IncomingMessage message) {
      statuses.computeIfAbsent(account, a -> new ArrayList<>());
      messages.computeIfAbsent(account, a -> new ArrayList<>()).add(message);
    }

    void status(String account, StatusReport status) {
      messages.computeIfAbsent(account, a -> new ArrayList<>());
      statuses.computeIfAbsent(account, a -> new ArrayList<>()).add(status);
    }

    List<AccountEvents> events() {
      List<AccountEvents> events = new ArrayList<>();
      messages.forEach(
          (account, list) ->
              events.add(new AccountEvents(platform, account, list, statuses.get(account))));
      return events;
    }
  }
}
