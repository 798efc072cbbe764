package app.chidi.channel.boundary;

import app.chidi.channel.entity.MessageType;
import java.util.Objects;

/**
 * One message of a webhook delivery (or the sandbox), as the platform named it.
 *
 * @param platformMessageId WhatsApp's wamid or Instagram's mid
 * @param customerId the customer's id on the platform (for an echo, the recipient)
 * @param customerName the name the platform gives, or {@code null}
 * @param content the text; for media a caption or nothing; for a reaction its emoji
 * @param mediaJson a JSON object with the media reference, or {@code null}
 */
public record IncomingMessage(
    String platformMessageId,
    String customerId,
    String customerName,
    MessageType type,
    String content,
    String mediaJson) {

  public IncomingMessage {
    Objects.requireNonNull(platformMessageId, "platformMessageId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(type, "type");
  }
}
