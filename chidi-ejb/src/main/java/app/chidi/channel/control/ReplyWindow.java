package app.chidi.channel.control;

import app.chidi.channel.entity.Conversation;
import app.chidi.channel.entity.Platform;
import app.chidi.channel.entity.SocialMessage;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * The platforms' messaging windows. Within 24 hours of the customer's last message anything may be
 * sent. After it, WhatsApp takes only an approved template; Instagram takes a reply a person
 * approved, tagged {@code HUMAN_AGENT}, up to 7 days, and never an automatic one.
 */
public enum ReplyWindow {
  FREE_FORM,
  TEMPLATE,
  HUMAN_AGENT,
  CLOSED;

  static final Duration STANDARD = Duration.ofHours(24);
  static final Duration HUMAN_AGENT_LIMIT = Duration.ofDays(7);

  public static ReplyWindow of(
      Conversation conversation,
      SocialMessage reply,
      ChannelConnections.Connection connection,
      OffsetDateTime now) {
    if (conversation.platform() == Platform.SANDBOX
        || conversation.customerWroteWithin(STANDARD, now)) {
      return FREE_FORM;
    }
    if (conversation.platform() == Platform.WHATSAPP) {
      return connection.templateName() == null ? CLOSED : TEMPLATE;
    }
    return !reply.automatic() && conversation.customerWroteWithin(HUMAN_AGENT_LIMIT, now)
        ? HUMAN_AGENT
        : CLOSED;
  }
}
