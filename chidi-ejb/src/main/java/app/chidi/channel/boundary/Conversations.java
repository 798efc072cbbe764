package app.chidi.channel.boundary;

import app.chidi.assistant.boundary.Assistant;
import app.chidi.assistant.boundary.CustomerMessage;
import app.chidi.assistant.boundary.Reply;
import app.chidi.channel.control.ConversationList;
import app.chidi.channel.control.ConversationUpdates;
import app.chidi.channel.control.Escalations;
import app.chidi.channel.control.MessageHistory;
import app.chidi.channel.control.OpenQuestions;
import app.chidi.channel.control.ReplyMetrics;
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
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Customers' conversations: each stored message is answered by the assistant once — sent when it is
 * sure enough, otherwise escalated to a person with the draft and its reasons; the conversations
 * are listed, read with their draft, and measured; the messages are listed per platform.
 */
@Stateless
@Tenanted
public class Conversations {

  static final int HISTORY_TURNS = 10;
  static final int THREAD_LENGTH = 200;
  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext EntityManager em;
  @Inject Assistant assistant;
  @Inject MessageHistory history;
  @Inject Escalations escalations;
  @Inject ConversationList list;
  @Inject OpenQuestions questions;
  @Inject ReplyMetrics metrics;
  @Inject MessageSender messages;
  @Inject ConversationUpdates updates;

  @Resource(lookup = Destinations.SEND_REPLY_QUEUE)
  Queue sendQueue;

  /**
   * Answers a received message, unless it was answered already (a redelivery: the row lock and its
   * status make the answer happen once) or a person took the conversation over.
   */
  public void answer(UUID messageId) {
    SocialMessage message = locked(SocialMessage.class, messageId);
    if (message.status() != MessageStatus.RECEIVED) {
      return;
    }
    Conversation conversation = locked(Conversation.class, message.conversationId());
    updates.changed(conversation.businessId(), conversation.id());
    if (conversation.takenOver()) {
      return;
    }
    Reply reply =
        assistant.reply(
            new CustomerMessage(
                message.content(),
                conversation.platform().key(),
                history.before(conversation.id(), message.id(), HISTORY_TURNS)));
    message.drafted(
        new SocialMessage.Draft(
            reply.text(),
            reply.confidence(),
            reply.sends(),
            reply.intent(),
            JSON.toJson(reply.reasons())));
    OffsetDateTime now = OffsetDateTime.now();
    if (reply.sends()) {
      conversation.answered(reply.confidence(), now);
      SocialMessage answer = SocialMessage.replyTo(message, reply.text(), now);
      em.persist(answer);
      messages.send(sendQueue, new SendReply(message.businessId(), answer.id(), 1));
    } else {
      conversation.escalate(reply.confidence(), now);
      escalations.escalate(conversation, message.content(), reply.reasons().escalation());
    }
  }

  /** Page {@code page} (from 1) of the current business's messages on {@code platform}. */
  public MessagePage messages(Platform platform, int page, int limit) {
    return history.page(platform, page, limit);
  }

  /** The current business's conversations, the most recent first. */
  public ConversationPage list(ConversationQuery query) {
    return list.page(query);
  }

  /** The current business's conversations not resolved, escalated ones first, then the latest. */
  public List<ConversationSummary> open(int limit) {
    return list.open(limit);
  }

  /** A conversation of the current business with its latest messages and CHIDI's waiting draft. */
  public ConversationDetail detail(UUID id) {
    ConversationSummary summary = list.one(id).orElseThrow(ConversationNotFoundException::new);
    return new ConversationDetail(
        summary,
        history.thread(id, THREAD_LENGTH),
        summary.needsAttention() ? questions.draft(id).orElse(null) : null);
  }

  /**
   * The current business's sandbox conversation with {@code customerId}, its latest messages and
   * where CHIDI stands with the customer's latest one.
   */
  public SandboxConversation sandbox(String customerId) {
    ConversationSummary summary =
        list.sandbox(customerId).orElseThrow(ConversationNotFoundException::new);
    return SandboxConversation.of(summary, history.thread(summary.id(), THREAD_LENGTH));
  }

  /** How the current business's conversations went in {@code period}. */
  public ConversationMetrics metrics(String period) {
    return metrics.of(period, ReplyMetrics.since(period, OffsetDateTime.now()));
  }

  /** How the current business's conversations went in {@code period}, over time and by product. */
  public ConversationInsights insights(String period) {
    return metrics.insights(period, OffsetDateTime.now());
  }

  /** A conversation of the current business as listed, if it exists. */
  public Optional<ConversationSummary> summary(UUID id) {
    return list.one(id);
  }

  /**
   * The row, locked. The queue's message can arrive before the commit that sent it is visible here;
   * failing lets the broker deliver it again a moment later.
   */
  private <T> T locked(Class<T> type, UUID id) {
    return Optional.ofNullable(em.find(type, id, LockModeType.PESSIMISTIC_WRITE))
        .orElseThrow(
            () -> new IllegalStateException(type.getSimpleName() + " " + id + " not found"));
  }
}
