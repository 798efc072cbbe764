package app.chidi.channel.boundary;

import app.chidi.platform.tenancy.Tenanted;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * Marks a queued reply {@code SENDING} in a transaction of its own, committed before {@link Outbox}
 * calls the platform. The platform (WhatsApp, Instagram) takes no idempotency key, so a send that
 * was interrupted between its call and its outcome's commit cannot be asked about: the committed
 * mark is how the redelivered command knows that a call may have gone out.
 */
@Stateless
@Tenanted
public class SendingClaims {

  @PersistenceContext EntityManager em;

  /** True when the reply was {@code QUEUED} and is now {@code SENDING}, committed. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean claim(UUID replyId) {
    return em.createNativeQuery(
                "update social_messages set status = 'SENDING' where id = ?1 and status = 'QUEUED'")
            .setParameter(1, replyId)
            .executeUpdate()
        == 1;
  }
}
