package app.chidi.channel.boundary;

import java.util.UUID;

/**
 * Send the queued reply {@code messageId}.
 *
 * @param attempt which attempt this is, from 1
 */
public record SendReply(UUID businessId, UUID messageId, int attempt) {

  public SendReply next() {
    return new SendReply(businessId, messageId, attempt + 1);
  }
}
