package app.chidi.channel.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.chidi.channel.boundary.AccountEvents;
import app.chidi.channel.boundary.MalformedWebhookException;
import app.chidi.channel.entity.MessageStatus;
import app.chidi.channel.entity.MessageType;
import app.chidi.channel.entity.Platform;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookPayloadsTest {

  private final WebhookPayloads payloads = new WebhookPayloads();

  private List<AccountEvents> parse(Platform platform, String json) {
    return payloads.parse(platform, json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsWhatsAppMessagesOfEveryKindAndStatuses() {
    List<AccountEvents> events =
        parse(
            Platform.WHATSAPP,
            """
            {"object": "whatsapp_business_account", "entry": [{"id": "W", "changes": [{"field": "messages",
              "value": {"messaging_product": "whatsapp",
                "metadata": {"display_phone_number": "1555", "phone_number_id": "PN1"},
                "contacts": [{"profile": {"name": "Ada"}, "wa_id": "234"}],
                "messages": [
                  {"from": "234", "id": "w1", "type": "text", "text": {"body": "hi"}},
                  {"from": "234", "id": "w2", "type": "interactive",
                   "interactive": {"type": "list_reply", "list_reply": {"id": "l", "title": "Size M"}}},
                  {"from": "234", "id": "w3", "type": "audio", "audio": {"id": "A1", "mime_type": "audio/ogg"}},
                  {"from": "234", "id": "w4", "type": "reaction", "reaction": {"message_id": "w1", "emoji": "👍"}}],
                "statuses": [{"id": "out1", "status": "delivered", "recipient_id": "234"}]}}]}]}""");
    assertEquals(1, events.size());
    AccountEvents account = events.get(0);
    assertEquals("WHATSAPP:PN1", account.channelAccount());
    assertEquals(
        List.of(MessageType.TEXT, MessageType.INTERACTIVE, MessageType.MEDIA, MessageType.REACTION),
        account.messages().stream().map(m -> m.type()).toList());
    assertEquals("Size M", account.messages().get(1).content());
    assertEquals("Ada", account.messages().get(0).customerName());
    assertEquals(MessageStatus.DELIVERED, account.statuses().get(0).status());
  }

  @Test
  void readsInstagramMessagingEchoesReadsAndTheTestEventShape() {
    List<AccountEvents> events =
        parse(
            Platform.INSTAGRAM,
            """
            {"object": "instagram", "entry": [{"id": "IG1", "time": 1, "messaging": [
              {"sender": {"id": "C1"}, "recipient": {"id": "IG1"}, "message": {"mid": "m1", "text": "hi"}},
              {"sender": {"id": "IG1"}, "recipient": {"id": "C1"}, "message": {"mid": "m2", "text": "yo", "is_echo": true}},
              {"sender": {"id": "C1"}, "recipient": {"id": "IG1"}, "read": {"mid": "m2"}}]},
             {"id": "0", "time": 1, "changes": [{"field": "messages", "value":
              {"sender": {"id": "C2"}, "recipient": {"id": "IG1"}, "timestamp": "1",
               "message": {"mid": "m3", "text": "test"}}}]}]}""");
    assertEquals(1, events.size());
    AccountEvents account = events.get(0);
    assertEquals("IG1", account.accountId());
    assertEquals(3, account.messages().size());
    assertEquals(MessageType.ECHO, account.messages().get(1).type());
    assertEquals(
        "C1", account.messages().get(1).customerId(), "an echo's customer is its recipient");
    assertEquals(MessageStatus.READ, account.statuses().get(0).status());
  }

  @Test
  void anythingOffTheDocumentedShapeIsMalformed() {
    assertThrows(MalformedWebhookException.class, () -> parse(Platform.WHATSAPP, "{\"entry\": ["));
    assertThrows(MalformedWebhookException.class, () -> parse(Platform.WHATSAPP, "[1]"));
    assertThrows(
        MalformedWebhookException.class,
        () -> parse(Platform.WHATSAPP, "{\"entry\": [{\"changes\": [{\"value\": {}}]}]}"));
  }
}
