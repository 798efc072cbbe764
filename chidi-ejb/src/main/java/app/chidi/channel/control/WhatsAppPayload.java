package app.chidi.channel.control;

import static app.chidi.channel.control.WebhookPayloads.objects;
import static app.chidi.channel.control.WebhookPayloads.text;

import app.chidi.channel.boundary.IncomingMessage;
import app.chidi.channel.boundary.StatusReport;
import app.chidi.channel.entity.MessageStatus;
import app.chidi.channel.entity.MessageType;
import app.chidi.platform.json.CachedJson;
import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The WhatsApp Cloud API's webhook shape: {@code entry[].changes[].value} with {@code
 * metadata.phone_number_id}, {@code contacts}, {@code messages} and {@code statuses}.
 */
final class WhatsAppPayload {

  private static final Set<String> MEDIA = Set.of("image", "audio", "video", "document", "sticker");

  private WhatsAppPayload() {}

  static void read(JsonObject entry, WebhookPayloads.Grouped grouped) {
    for (JsonObject change : objects(entry.getJsonArray("changes"))) {
      JsonObject value = change.getJsonObject("value");
      String account = value.getJsonObject("metadata").getString("phone_number_id");
      Map<String, String> names = new HashMap<>();
      for (JsonObject contact : objects(value.getJsonArray("contacts"))) {
        JsonObject profile = contact.getJsonObject("profile");
        names.put(contact.getString("wa_id"), profile == null ? null : text(profile, "name"));
      }
      for (JsonObject message : objects(value.getJsonArray("messages"))) {
        String from = message.getString("from");
        grouped.message(account, message(message, from, names.get(from)));
      }
      for (JsonObject status : objects(value.getJsonArray("statuses"))) {
        grouped.status(account, status(status));
      }
    }
  }

  private static IncomingMessage message(JsonObject message, String from, String name) {
    String id = message.getString("id");
    String type = message.getString("type");
    return switch (type) {
      case "text" ->
          new IncomingMessage(
              id,
              from,
              name,
              MessageType.TEXT,
              message.getJsonObject("text").getString("body"),
              null);
      case "interactive" -> interactive(message, id, from, name);
      case "button" ->
          new IncomingMessage(
              id,
              from,
              name,
              MessageType.INTERACTIVE,
              message.getJsonObject("button").getString("text"),
              null);
      case "reaction" ->
          new IncomingMessage(
              id,
              from,
              name,
              MessageType.REACTION,
              text(message.getJsonObject("reaction"), "emoji"),
              message.getJsonObject("reaction").toString());
      default ->
          new IncomingMessage(
              id,
              from,
              name,
              MessageType.MEDIA,
              MEDIA.contains(type) ? text(message.getJsonObject(type), "caption") : null,
              media(message, type));
    };
  }

  /** A button or list reply: its title is what the customer chose. */
  private static IncomingMessage interactive(
      JsonObject message, String id, String from, String name) {
    JsonObject interactive = message.getJsonObject("interactive");
    String kind = interactive.getString("type");
    if (!kind.equals("button_reply") && !kind.equals("list_reply")) {
      return new IncomingMessage(id, from, name, MessageType.MEDIA, null, media(message, kind));
    }
    return new IncomingMessage(
        id,
        from,
        name,
        MessageType.INTERACTIVE,
        interactive.getJsonObject(kind).getString("title"),
        null);
  }

  /** The reference to media (id, mime type): the bytes stay with Meta. */
  private static String media(JsonObject message, String type) {
    var reference = CachedJson.createObjectBuilder().add("type", type);
    if (message.containsKey(type) && message.get(type) instanceof JsonObject details) {
      reference.add(type, details);
    }
    return reference.build().toString();
  }

  private static StatusReport status(JsonObject status) {
    MessageStatus reported =
        MessageStatus.valueOf(status.getString("status").toUpperCase(Locale.ROOT));
    var errors = objects(status.getJsonArray("errors"));
    return new StatusReport(
        status.getString("id"), reported, errors.isEmpty() ? null : text(errors.get(0), "code"));
  }
}
