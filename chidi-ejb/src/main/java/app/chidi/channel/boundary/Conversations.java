package app.chidi.channel.boundary;

import app.chidi.assistant.boundary.Assistant;
import app.chidi.assistant.boundary.CustomerMessage;
import app.chidi.assistant.boundary.Reply;
import app.chidi.channel.control.Escalations;
import app.chidi.channel.control.MessageHistory;
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
import java.util.Optional;
import java.util.UUID;

/**
 * Customers' conversations: each stored message is answered by the assistant once — sent when it is
 * sure enough, otherwise escalated to a person with the draft and its reasons — and the messages
 * can be listed per platform.
 */
@Stateless
@Tenanted
public class Conversations {

  static final int HISTORY_TURNS = 10;
  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext EntityManager em;
  @Inject Assistant assistant;
  @Inject MessageHistory history;
  @Inject Escalations escalations;
  @Inject MessageSender messages;

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
