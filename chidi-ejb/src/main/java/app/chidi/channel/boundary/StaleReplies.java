package app.chidi.channel.boundary;

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
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Queues again the replies left {@code QUEUED} with no command to send them. The database pool is
 * not XA: Payara commits PostgreSQL as the last agent of a listener's XA transaction, after
 * preparing the broker's branch and before committing it, so a crash in between leaves the reply
 * committed and its {@code SendReply} prepared for good. Payara's recovery would not resolve it:
 * Payara Micro keeps its transaction log in the root folder the launcher recreates, and even a kept
 * log has no record of it, since the JTS coordinator forces its record only after the last agent
 * has committed (TopCoordinator.prepare, Payara 6.2025.10), so recovery presumes abort. Every
 * minute, one instance (an advisory lock) gives each reply queued longer than {@code
 * chidi.channel.stale-reply-minutes} and not yet attempted a new command; {@link Outbox} sends a
 * reply only while it is {@code QUEUED}, so a spare command is dropped.
 */
@Stateless
@Tenanted
public class StaleReplies {

  private static final Logger LOG = Logger.getLogger(StaleReplies.class.getName());
  private static final UUID NO_BUSINESS = new UUID(0, 0);

  @PersistenceContext EntityManager em;
  @Inject Tenancy tenancy;
  @Inject MessageSender messages;
  @Resource SessionContext session;

  @Resource(lookup = Destinations.SEND_REPLY_QUEUE)
  Queue sendQueue;

  @Inject
  @ConfigProperty(name = "chidi.channel.stale-reply-minutes", defaultValue = "10")
  int minutes;

  /** The sweep, every minute, on one instance at a time. */
  @Schedule(minute = "*", hour = "*", persistent = false)
  @ChoosesTenant
  public void sweep() {
    tenancy.enter(NO_BUSINESS);
    if (!sweeping()) {
      return;
    }
    StaleReplies self = session.getBusinessObject(StaleReplies.class);
    for (Object[] reply : stale()) {
      TenantContext.runAs(Tenant.business((UUID) reply[0]), () -> self.requeue((UUID) reply[1]));
    }
  }

  /** Sends {@code replyId} a new command if it is still {@code QUEUED}. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void requeue(UUID replyId) {
    SocialMessage reply = em.find(SocialMessage.class, replyId, LockModeType.PESSIMISTIC_WRITE);
    if (reply != null && reply.status() == MessageStatus.QUEUED) {
      LOG.warning(() -> "Reply " + replyId + " was left queued without a command; queued again");
      messages.send(sendQueue, new SendReply(reply.businessId(), reply.id(), 1));
    }
  }

  /** Whether this instance sweeps now (held until the sweep's transaction ends). */
  private boolean sweeping() {
    return (Boolean)
        em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext('chidi.reply_sweep'))")
            .getSingleResult();
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> stale() {
    em.createNativeQuery("select set_config('app.reply_sweep', 'on', true)").getSingleResult();
    return em.createNativeQuery(
            "select business_id, id from social_messages where direction = 'OUTBOUND' and status"
                + " = 'QUEUED' and attempts = 0 and created_at < now() - make_interval(mins => ?1)"
                + " order by created_at limit 500")
        .setParameter(1, minutes)
        .getResultList();
  }
}
