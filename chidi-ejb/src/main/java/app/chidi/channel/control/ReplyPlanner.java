package app.chidi.channel.control;

import app.chidi.channel.boundary.ReplyPreview;
import app.chidi.channel.control.ChannelConnections.Connection;
import app.chidi.channel.entity.Conversation;
import app.chidi.channel.entity.SocialMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides what a person's reply would become, the way the outbox will decide it when it sends: the
 * connection must be usable and the customer's window open — free-form, tagged {@code HUMAN_AGENT}
 * on Instagram, or WhatsApp's approved template instead of the text.
 */
@ApplicationScoped
public class ReplyPlanner {

  public static final String WINDOW_CLOSED = "conversation/window-closed";
  public static final String NOT_CONNECTED = "conversation/not-connected";

  @Inject ChannelConnections connections;

  public ReplyPreview plan(Conversation conversation, SocialMessage reply, OffsetDateTime now) {
    String platform = conversation.platform().key();
    Optional<Connection> connection =
        Optional.ofNullable(conversation.connectionId()).flatMap(connections::find);
    if (connection.isEmpty() || !connection.get().usable()) {
      return refused(
          reply, platform, NOT_CONNECTED, "The " + platform + " connection is not connected.");
    }
    ReplyWindow window = ReplyWindow.of(conversation, reply, connection.get(), now);
    String name = window.name().toLowerCase(Locale.ROOT);
    return switch (window) {
      case FREE_FORM ->
          new ReplyPreview(
              reply.content(), platform, name, null, null, true, null, "Sent as written.");
      case HUMAN_AGENT ->
          new ReplyPreview(
              reply.content(),
              platform,
              name,
              "HUMAN_AGENT",
              null,
              true,
              null,
              "More than 24 hours since the customer wrote: sent with Instagram's HUMAN_AGENT"
                  + " tag, allowed up to 7 days.");
      case TEMPLATE ->
          new ReplyPreview(
              reply.content(),
              platform,
              name,
              null,
              connection.get().templateName(),
              true,
              null,
              "More than 24 hours since the customer wrote: WhatsApp takes only your approved"
                  + " template \""
                  + connection.get().templateName()
                  + "\", sent instead of this"
                  + " text.");
      case CLOSED ->
          refused(
              reply,
              platform,
              WINDOW_CLOSED,
              "The customer's messaging window is closed: the platform would refuse the reply.");
    };
  }

  private static ReplyPreview refused(
      SocialMessage reply, String platform, String problem, String note) {
    return new ReplyPreview(
        reply.content(),
        platform,
        WINDOW_CLOSED.equals(problem) ? "closed" : null,
        null,
        null,
        false,
        problem,
        note);
  }
}
