package app.chidi.channel.boundary;

import app.chidi.channel.entity.Conversation;
import app.chidi.channel.entity.MessageStatus;
import app.chidi.channel.entity.SocialMessage;
import app.chidi.platform.messaging.Destinations;
import app.chidi.platform.messaging.MessageSender;
import app.chidi.platform.tenancy.ChoosesTenant;
import app.chidi.platform.tenancy.Tenancy;
import app.chidi.platform.tenancy.Tenant;
import app.chidi.platform.tenancy.TenantContext;
import app.chidi.platform.tenancy.Tenanted;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Queues again the customers' messages left {@code RECEIVED} and the replies left {@code QUEUED}
 * with no command to move them on: never attempted, or overdue for a retry whose scheduled command
 * never came back (parked on the dead-letter address during a broker outage). The database pool is
 * not XA: Payara commits PostgreSQL as the last agent of a listener's XA transaction, after
 * preparing the broker's branch and before committing it. A crash just before PostgreSQL's commit
 * leaves the consumed {@code MessageReceived} prepared (the message stays {@code RECEIVED}); just
 * after, it leaves the new {@code SendReply} prepared (the reply stays {@code QUEUED}); nothing
 * resolves either. Payara's recovery would not: Payara Micro keeps its transaction log in the root
 * folder the launcher recreates, and even a kept log has no record of such a transaction, since the
 * JTS coordinator forces its record only after the last agent has committed
 * (TopCoordinator.prepare, Payara 6.2025.10), so recovery presumes abort. Every minute, one
 * instance (an advisory lock) gives each such message older than {@code
 * chidi.channel.stale-minutes} (and younger than a day) a new command, leaving out the messages of
 * conversations a person has taken over (V14 lets it see which), which stay {@code RECEIVED} by
 * design and would otherwise fill its batch every minute. Answering takes only a {@code RECEIVED}
 * message and {@link Outbox} sends only a {@code QUEUED} reply, claimed once, so a spare command is
 * dropped.
 */
@Stateless
@Tenanted
public class StaleMessages {

  private static final Logger LOG = Logger.getLogger(StaleMessages.class.getName());
  private static final UUID NO_BUSINESS = new UUID(0, 0);

  @PersistenceContext EntityManager em;
  @Inject Tenancy tenancy;
  @Inject MessageSender messages;
  @Resource SessionContext session;

  @Resource(lookup = Destinations.MESSAGE_RECEIVED_QUEUE)
  Queue receivedQueue;

  @Resource(lookup = Destinations.SEND_REPLY_QUEUE)
  Queue sendQueue;

  @Inject
  @ConfigProperty(name = "chidi.channel.stale-minutes", defaultValue = "10")
  int minutes;

  /**
   * One sweep, on one instance at a time ({@link StaleMessagesTimer} starts it every minute); runs
   * on the container's asynchronous pool, so the caller never waits for it or sees it fail.
   */
  @Asynchronous
  @ChoosesTenant
  public void sweep() {
    tenancy.enter(NO_BUSINESS);
    if (!sweeping()) {
      return;
    }
    StaleMessages self = session.getBusinessObject(StaleMessages.class);
    for (Object[] message : stale()) {
      TenantContext.runAs(
          Tenant.business((UUID) message[0]), () -> self.requeue((UUID) message[1]));
    }
  }

  /** Sends {@code messageId} its command again if it still waits for one. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void requeue(UUID messageId) {
    SocialMessage message = em.find(SocialMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
    if (message == null) {
      return;
    }
    if (message.queuedWithoutCommand(OffsetDateTime.now().minusMinutes(minutes))) {
      LOG.warning(() -> "Reply " + messageId + " was left queued without a command; sent again");
      messages.send(
          sendQueue, new SendReply(message.businessId(), messageId, message.nextAttempt()));
    } else if (message.status() == MessageStatus.RECEIVED
        && !em.find(Conversation.class, message.conversationId()).takenOver()) {
      LOG.warning(() -> "Message " + messageId + " was left unanswered by a crash; queued again");
      messages.send(receivedQueue, new MessageReceived(message.businessId(), messageId));
    }
  }

  /** Whether this instance sweeps now (held until the sweep's transaction ends). */
  private boolean sweeping() {
    return (Boolean)
        em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext('chidi.stale_sweep'))")
            .getSingleResult();
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> stale() {
    em.createNativeQuery("select set_config('app.stale_sweep', 'on', true)").getSingleResult();
    return em.createNativeQuery(
            "select business_id, id from social_messages m where ((direction = 'INBOUND' and"
                + " status = 'RECEIVED' and not exists (select 1 from conversations c where c.id ="
                + " m.conversation_id and c.taken_over_by is not null)) or (direction = 'OUTBOUND'"
                + " and status = 'QUEUED' and (attempts = 0 or next_attempt_at < now() -"
                + " make_interval(mins => ?1)))) and created_at < now() - make_interval(mins => ?1)"
                + " and created_at > now() - interval '1 day' order by created_at limit 500")
        .setParameter(1, minutes)
        .getResultList();
  }
}
