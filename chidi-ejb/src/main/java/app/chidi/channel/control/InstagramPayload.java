package app.chidi.channel.control;

import static app.chidi.channel.control.WebhookPayloads.objects;
import static app.chidi.channel.control.WebhookPayloads.text;

import app.chidi.channel.boundary.IncomingMessage;
import app.chidi.channel.boundary.StatusReport;
import app.chidi.channel.entity.MessageStatus;
import app.chidi.channel.entity.MessageType;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Instagram messaging's webhook shape: {@code entry[].messaging[]} with {@code sender}, {@code
 * recipient} and a {@code message}, {@code read}, {@code reaction} or {@code postback}; the
 * dashboard's test events put the same object in {@code entry[].changes[].value}. The business's
 * account is the recipient, or the sender of an echo (the business's own message).
 */
final class InstagramPayload {

  private InstagramPayload() {}

  static void read(JsonObject entry, WebhookPayloads.Grouped grouped) {
    List<JsonObject> items = new ArrayList<>(objects(entry.getJsonArray("messaging")));
    for (JsonObject change : objects(entry.getJsonArray("changes"))) {
      items.add(change.getJsonObject("value"));
    }
    items.forEach(item -> readItem(item, grouped));
  }

  private static void readItem(JsonObject item, WebhookPayloads.Grouped grouped) {
    String sender = item.getJsonObject("sender").getString("id");
    String recipient = item.getJsonObject("recipient").getString("id");
    if (item.containsKey("read")) {
      grouped.status(
          recipient,
          new StatusReport(item.getJsonObject("read").getString("mid"), MessageStatus.READ, null));
    } else if (item.containsKey("message")) {
      message(item.getJsonObject("message"), sender, recipient, grouped);
    } else if (item.containsKey("postback")) {
      JsonObject postback = item.getJsonObject("postback");
      grouped.message(
          recipient,
          new IncomingMessage(
              postback.getString("mid"),
              sender,
              null,
              MessageType.INTERACTIVE,
              postback.getString("title"),
              null));
    } else if (item.containsKey("reaction")) {
      JsonObject reaction = item.getJsonObject("reaction");
      grouped.message(
          recipient,
          new IncomingMessage(
              reaction.getString("mid") + ":" + text(reaction, "action") + ":" + sender,
              sender,
              null,
              MessageType.REACTION,
              text(reaction, "emoji"),
              reaction.toString()));
    }
  }

  private static void message(
      JsonObject message, String sender, String recipient, WebhookPayloads.Grouped grouped) {
    if (message.getBoolean("is_deleted", false)) {
      return;
    }
    String mid = message.getString("mid");
    String text = text(message, "text");
    if (message.getBoolean("is_echo", false)) {
      grouped.message(
          sender, new IncomingMessage(mid, recipient, null, MessageType.ECHO, text, null));
      return;
    }
    MessageType type =
        message.containsKey("attachments")
            ? MessageType.MEDIA
            : message.containsKey("quick_reply") ? MessageType.INTERACTIVE : MessageType.TEXT;
    String media =
        type == MessageType.MEDIA ? message.getJsonArray("attachments").toString() : null;
    if (type == MessageType.TEXT && text == null) {
      throw new JsonException("a message without text or attachments");
    }
    grouped.message(recipient, new IncomingMessage(mid, sender, null, type, text, media));
  }
}
