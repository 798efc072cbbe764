package app.chidi.channel.boundary;

import app.chidi.channel.control.ChannelConnections;
import app.chidi.channel.control.ChannelConnections.Connection;
import app.chidi.channel.control.Escalations;
import app.chidi.channel.control.InstagramClient;
import app.chidi.channel.control.ReplyWindow;
import app.chidi.channel.control.RetrySchedule;
import app.chidi.channel.control.SendOutcome;
import app.chidi.channel.control.SendRateLimiter;
import app.chidi.channel.control.WhatsAppClient;
import app.chidi.channel.entity.Conversation;
import app.chidi.channel.entity.MessageStatus;
import app.chidi.channel.entity.Platform;
import app.chidi.channel.entity.SocialMessage;
import app.chidi.platform.messaging.Destinations;
import app.chidi.platform.messaging.MessageSender;
import app.chidi.platform.tenancy.Tenanted;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Sends queued replies. A failure worth retrying is not waited for here: the command goes back on
 * the queue with a delivery delay (backoff with jitter, at least the platform's {@code
 * Retry-After}) and the next attempt number; after the last one the reply fails, the command is
 * parked on the dead-letter address and the business is told. The rate limit, the messaging window
 * and an expired token are checked or handled without any retry storm.
 */
@Stateless
@Tenanted
public class Outbox {

  @PersistenceContext EntityManager em;
  @Inject ChannelConnections connections;
  @Inject ChannelCredentials credentials;
  @Inject SendRateLimiter limiter;
  @Inject RetrySchedule schedule;
  @Inject WhatsAppClient whatsApp;
  @Inject InstagramClient instagram;
  @Inject Escalations escalations;
  @Inject MessageSender messages;

  @Resource(lookup = Destinations.SEND_REPLY_QUEUE)
  Queue sendQueue;

  public void send(SendReply command) {
    SocialMessage reply =
        em.find(SocialMessage.class, command.messageId(), LockModeType.PESSIMISTIC_WRITE);
    if (reply == null) {
      throw new IllegalStateException("reply " + command.messageId() + " not visible yet");
    }
    if (reply.status() != MessageStatus.QUEUED) {
      return;
    }
    Conversation conversation = em.find(Conversation.class, reply.conversationId());
    Connection connection = connections.find(reply.connectionId()).orElseThrow();
    OffsetDateTime now = OffsetDateTime.now();
    ReplyWindow window = ReplyWindow.of(conversation, reply, connection, now);
    if (!connection.usable()) {
      give(
          command,
          reply,
          conversation,
          SendOutcome.of(
              SendOutcome.Kind.FAILED,
              "not_connected",
              "the connection is " + connection.status().toLowerCase(java.util.Locale.ROOT)));
    } else if (window == ReplyWindow.CLOSED) {
      windowClosed(command, reply, conversation);
    } else if (connection.platform() != Platform.SANDBOX
        && !limiter.tryAcquire(connection.platform(), connection.accountId())) {
      messages.send(sendQueue, command, schedule.throttled());
    } else {
      handle(
          command,
          reply,
          conversation,
          connection,
          deliver(connection, conversation, reply, window));
    }
  }

  private SendOutcome deliver(
      Connection connection, Conversation conversation, SocialMessage reply, ReplyWindow window) {
    if (connection.platform() == Platform.SANDBOX) {
      return SendOutcome.sent("sandbox." + reply.id());
    }
    String token = credentials.accessToken(connection.id()).orElse(null);
    if (token == null) {
      return SendOutcome.of(
          SendOutcome.Kind.FAILED, "no_token", "the connection has no access token");
    }
    try {
      if (connection.platform() == Platform.INSTAGRAM) {
        return instagram.sendText(
            connection.accountId(),
            token,
            conversation.customerId(),
            reply.content(),
            window == ReplyWindow.HUMAN_AGENT);
      }
      return window == ReplyWindow.TEMPLATE
          ? whatsApp.sendTemplate(
              connection.accountId(),
              token,
              conversation.customerId(),
              connection.templateName(),
              connection.templateLanguage() == null ? "en_US" : connection.templateLanguage())
          : whatsApp.sendText(
              connection.accountId(), token, conversation.customerId(), reply.content());
    } catch (TimeoutException e) {
      return SendOutcome.retry("timeout", "the platform did not answer in time", Duration.ZERO);
    }
  }

  private void handle(
      SendReply command,
      SocialMessage reply,
      Conversation conversation,
      Connection connection,
      SendOutcome outcome) {
    OffsetDateTime now = OffsetDateTime.now();
    switch (outcome.kind()) {
      case SENT -> {
        reply.sent(outcome.platformMessageId(), command.attempt(), now);
        conversation.replied(now);
      }
      case RETRY -> retry(command, reply, conversation, outcome);
      case WINDOW_CLOSED -> windowClosed(command, reply, conversation);
      case EXPIRED -> {
        credentials.markExpired(connection.id());
        reply.failed(command.attempt(), outcome.code(), outcome.detail());
      }
      case FAILED -> give(command, reply, conversation, outcome);
    }
  }

  private void retry(
      SendReply command, SocialMessage reply, Conversation conversation, SendOutcome outcome) {
    if (schedule.exhausted(command.attempt())) {
      give(command, reply, conversation, outcome);
      messages.deadLetter(command);
      return;
    }
    reply.attemptFailed(command.attempt(), outcome.code(), outcome.detail());
    messages.send(
        sendQueue, command.next(), schedule.after(command.attempt(), outcome.retryAfter()));
  }

  private void give(
      SendReply command, SocialMessage reply, Conversation conversation, SendOutcome outcome) {
    reply.failed(command.attempt(), outcome.code(), outcome.detail());
    escalations.deliveryFailed(conversation, outcome.detail());
  }

  /** Outside the platform's window a free-form reply is not even tried: a person must act. */
  private void windowClosed(SendReply command, SocialMessage reply, Conversation conversation) {
    reply.failed(command.attempt(), "window_closed", "the customer's messaging window is closed");
    SocialMessage question =
        reply.inReplyTo() == null ? reply : em.find(SocialMessage.class, reply.inReplyTo());
    question.escalated();
    conversation.needsPerson(OffsetDateTime.now());
    escalations.escalate(conversation, question.content(), List.of("window_closed"));
  }
}
