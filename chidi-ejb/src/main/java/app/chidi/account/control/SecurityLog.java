package app.chidi.account.control;

import app.chidi.account.entity.SecurityEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.UUID;

/**
 * Records security events in a transaction of their own: a failed sign-in rolls its use case back,
 * but the record of the failure must stay.
 */
@ApplicationScoped
public class SecurityLog {

  /** The kinds of events CHIDI records. */
  public enum Event {
    SIGNUP,
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_RATE_LIMITED,
    REFRESH_TOKEN_REUSED,
    EMAIL_VERIFIED
  }

  @PersistenceContext EntityManager em;

  @Transactional(TxType.REQUIRES_NEW)
  public void record(Event event, UUID userId, String email, String ipAddress) {
    em.persist(
        new SecurityEvent(
            event.name().toLowerCase(java.util.Locale.ROOT), userId, email, ipAddress));
  }
}
