package app.chidi.channel.boundary;

import app.chidi.channel.entity.Platform;
import java.util.List;

/**
 * Everything one webhook delivery says about one account (a WhatsApp phone number id or an
 * Instagram account id): its customers' messages and the statuses of messages CHIDI sent.
 */
public record AccountEvents(
    Platform platform,
    String accountId,
    List<IncomingMessage> messages,
    List<StatusReport> statuses) {

  public AccountEvents {
    messages = List.copyOf(messages);
    statuses = List.copyOf(statuses);
  }

  /** How the route_reads policy names the account: {@code WHATSAPP:<phone_number_id>}. */
  public String channelAccount() {
    return platform.name() + ":" + accountId;
  }
}
