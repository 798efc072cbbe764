package app.chidi.channel.boundary;

import app.chidi.channel.control.ChannelConnections;
import app.chidi.channel.control.ChannelConnections.Connection;
import app.chidi.channel.control.ConversationUpdates;
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
 *
 * <p>The platform call happens between two commits: {@link SendingClaims} marks the reply {@code
 * SENDING} first, then the call's outcome is recorded in the listener's transaction. A reply found
 * {@code SENDING} is therefore one whose call may have gone out unrecorded; it is never sent again
 * (see {@link #inDoubt}).
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
  @Inject SendingClaims claims;
  @Inject ConversationUpdates updates;

  @Resource(lookup = Destinations.SEND_REPLY_QUEUE)
  Queue sendQueue;

  public void send(SendReply command) {
    SocialMessage reply = em.find(SocialMessage.class, command.messageId());
    if (reply == null) {
      throw new IllegalStateException("reply " + command.messageId() + " not visible yet");
    }
    Conversation conversation = em.find(Conversation.class, reply.conversationId());
    MessageStatus before = reply.status();
    process(command, reply, conversation);
    if (reply.status() != before) {
      updates.changed(conversation.businessId(), conversation.id());
    }
  }

  private void process(SendReply command, SocialMessage reply, Conversation conversation) {
    if (reply.status() == MessageStatus.SENDING) {
      if (locked(reply, MessageStatus.SENDING)) {
        inDoubt(command, reply, conversation);
      }
      return;
    }
    if (reply.status() != MessageStatus.QUEUED) {
      return;
    }
    Connection connection = connections.find(reply.connectionId()).orElseThrow();
    OffsetDateTime now = OffsetDateTime.now();
    ReplyWindow window = ReplyWindow.of(conversation, reply, connection, now);
    if (!connection.usable()) {
      if (locked(reply, MessageStatus.QUEUED)) {
        give(
            command,
            reply,
            conversation,
            SendOutcome.of(
                SendOutcome.Kind.FAILED,
                "not_connected",
                "the connection is " + connection.status().toLowerCase(java.util.Locale.ROOT)));
      }
    } else if (window == ReplyWindow.CLOSED) {
      if (locked(reply, MessageStatus.QUEUED)) {
        windowClosed(command, reply, conversation);
      }
    } else if (connection.platform() != Platform.SANDBOX
        && !limiter.tryAcquire(connection.platform(), connection.accountId())) {
      messages.send(sendQueue, command, schedule.throttled());
    } else if (claims.claim(reply.id())) {
      SendOutcome outcome = deliver(connection, conversation, reply, window);
      em.refresh(reply, LockModeType.PESSIMISTIC_WRITE);
      handle(command, reply, conversation, connection, outcome);
    }
  }

  /** Locks {@code reply} (read afresh) and tells whether it still has {@code status}. */
  private boolean locked(SocialMessage reply, MessageStatus status) {
    em.refresh(reply, LockModeType.PESSIMISTIC_WRITE);
    return reply.status() == status;
  }

  /**
   * The command comes again while its reply is still {@code SENDING}: the instance that was sending
   * it stopped (crash, kill, lost commit) between the claim and recording the outcome, so the
   * platform may or may not have the message. Sending again could give the customer the reply
   * twice; CHIDI chooses at most once: the reply fails as {@code in_doubt} and the owner is told to
   * check the conversation.
   */
  private void inDoubt(SendReply command, SocialMessage reply, Conversation conversation) {
    reply.failed(
        command.attempt(),
        "in_doubt",
        "interrupted while sending: the customer may or may not have received it");
    escalations.deliveryFailed(
        conversation,
        "CHIDI was interrupted while sending it, so the customer may or may not have received it;"
            + " it is not sent again — check the conversation");
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
    Duration wait = schedule.after(command.attempt(), outcome.retryAfter());
    reply.attemptFailed(
        command.attempt(), outcome.code(), outcome.detail(), OffsetDateTime.now().plus(wait));
    messages.send(sendQueue, command.next(), wait);
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
