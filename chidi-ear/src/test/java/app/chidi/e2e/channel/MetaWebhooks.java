package app.chidi.e2e.channel;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * WhatsApp webhook deliveries as Meta sends them: the payload shapes of the WhatsApp Cloud API and
 * the {@code X-Hub-Signature-256} over the exact bytes.
 */
final class MetaWebhooks {

  private MetaWebhooks() {}

  /** The {@code X-Hub-Signature-256} value of {@code body} under the app secret {@code secret}. */
  static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One inbound text message. */
  static String text(String from, String wamid, String text) {
    return """
        {"from": "%s", "id": "%s", "timestamp": "1718000000", "type": "text", "text": {"body": "%s"}}"""
        .formatted(from, wamid, text);
  }

  /** One change's value with {@code messages}, the sender of the first named as a contact. */
  static String value(String phoneNumberId, String messages) {
    String from = messages.replaceAll("(?s).*?\"from\": \"([^\"]+)\".*", "$1");
    return """
        {"messaging_product": "whatsapp",
         "metadata": {"display_phone_number": "15550001111", "phone_number_id": "%s"},
         "contacts": [{"profile": {"name": "Ada"}, "wa_id": "%s"}],
         "messages": [%s]}"""
        .formatted(phoneNumberId, from, messages);
  }

  /** A delivery of {@code messages} to the number {@code phoneNumberId}. */
  static String whatsApp(String phoneNumberId, String messages) {
    return whatsApp(phoneNumberId, messages, null);
  }

  /** A delivery of {@code messages}, or of {@code statuses} when they are given. */
  static String whatsApp(String phoneNumberId, String messages, String statuses) {
    String value =
        statuses == null
            ? value(phoneNumberId, messages)
            : """
              {"messaging_product": "whatsapp",
               "metadata": {"display_phone_number": "15550001111", "phone_number_id": "%s"},
               "statuses": [%s]}"""
                .formatted(phoneNumberId, statuses);
    return """
        {"object": "whatsapp_business_account",
         "entry": [{"id": "WABA1", "changes": [{"field": "messages", "value": %s}]}]}"""
        .formatted(value);
  }
}
