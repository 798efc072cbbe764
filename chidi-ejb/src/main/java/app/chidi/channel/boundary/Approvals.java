package app.chidi.channel.boundary;

import app.chidi.channel.control.ConversationList;
import app.chidi.channel.control.ConversationUpdates;
import app.chidi.channel.control.OpenQuestions;
import app.chidi.channel.control.ReplyPlanner;
import app.chidi.channel.entity.Conversation;
import app.chidi.channel.entity.SocialMessage;
import app.chidi.platform.messaging.Destinations;
import app.chidi.platform.messaging.MessageSender;
import app.chidi.platform.tenancy.TenantContext;
import app.chidi.platform.tenancy.Tenanted;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * What the business's people do with a conversation: send CHIDI's draft as it is or their own text
 * (previewed first if they like), resolve it without a reply, and take it over so that CHIDI stays
 * quiet until they release it. A person's reply is queued on the very path of CHIDI's own, where
 * the outbox applies the platform's window (Instagram: {@code HUMAN_AGENT} up to 7 days).
 */
@Stateless
@Tenanted
public class Approvals {

  @PersistenceContext EntityManager em;
  @Inject ConversationList conversations;
  @Inject OpenQuestions questions;
  @Inject ReplyPlanner planner;
  @Inject MessageSender messages;
  @Inject ConversationUpdates updates;

  @Resource(lookup = Destinations.SEND_REPLY_QUEUE)
  Queue sendQueue;

  /** What {@link #send} would do with {@code reply}; nothing is written. */
  public ReplyPreview preview(UUID conversationId, PersonReply reply) {
    Conversation conversation = open(conversation(conversationId, LockModeType.NONE));
    return planner.plan(conversation, draft(conversation, reply), OffsetDateTime.now());
  }

  /** Queues {@code reply}; the conversation no longer waits for a person (or is resolved). */
  public SentReply send(UUID conversationId, PersonReply reply) {
    Conversation conversation = open(conversation(conversationId, LockModeType.PESSIMISTIC_WRITE));
    SocialMessage message = draft(conversation, reply);
    OffsetDateTime now = OffsetDateTime.now();
    ReplyPreview plan = planner.plan(conversation, message, now);
    if (!plan.sendable()) {
      throw new ReplyRefusedException(plan.problem(), plan.note());
    }
    em.persist(message);
    questions.answerAll(conversation.id());
    conversation.personReplied(reply.resolve(), now);
    messages.send(sendQueue, new SendReply(conversation.businessId(), message.id(), 1));
    return new SentReply(message.id(), "queued", plan, changed(conversation));
  }

  /** Done without a reply. */
  public ConversationSummary resolve(UUID conversationId) {
    Conversation conversation = open(conversation(conversationId, LockModeType.PESSIMISTIC_WRITE));
    conversation.resolve(OffsetDateTime.now());
    return changed(conversation);
  }

  /** The signed-in person answers from now on; CHIDI does not, until {@link #release}. */
  public ConversationSummary takeOver(UUID conversationId) {
    Conversation conversation = conversation(conversationId, LockModeType.PESSIMISTIC_WRITE);
    conversation.takeOver(TenantContext.user(), OffsetDateTime.now());
    return changed(conversation);
  }

  /** CHIDI answers the customer's next messages again. */
  public ConversationSummary release(UUID conversationId) {
    Conversation conversation = conversation(conversationId, LockModeType.PESSIMISTIC_WRITE);
    conversation.release(OffsetDateTime.now());
    return changed(conversation);
  }

  /** The reply to send: the person's text, or CHIDI's waiting draft. */
  private SocialMessage draft(Conversation conversation, PersonReply reply) {
    String text =
        reply.text() != null
            ? reply.text().strip()
            : questions
                .draft(conversation.id())
                .map(ConversationDetail.Draft::text)
                .orElseThrow(NoDraftException::new);
    return SocialMessage.byPerson(
        conversation, questions.latest(conversation.id()).orElse(null), text, TenantContext.user());
  }

  private Conversation conversation(UUID id, LockModeType lock) {
    return Optional.ofNullable(em.find(Conversation.class, id, lock))
        .orElseThrow(ConversationNotFoundException::new);
  }

  private static Conversation open(Conversation conversation) {
    if (conversation.resolved()) {
      throw new ConversationResolvedException();
    }
    return conversation;
  }

  /** The conversation as it is now, announced to the live dashboards as changed. */
  private ConversationSummary changed(Conversation conversation) {
    updates.changed(conversation.businessId(), conversation.id());
    em.flush();
    return conversations.one(conversation.id()).orElseThrow();
  }
}
