package app.chidi.account.control;

import app.chidi.account.entity.SecurityEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.UUID;

/**
 * Records security events. Failures are recorded in a transaction of their own: a failed sign-in
 * rolls its use case back, but the record of the failure must stay. Successes are recorded in the
 * use case's transaction, so a sign-up that fails later leaves no "signup" event behind.
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

  /** Records {@code event} even if the running transaction rolls back. */
  @Transactional(TxType.REQUIRES_NEW)
  public void record(Event event, UUID userId, String email, String ipAddress) {
    persist(event, userId, email, ipAddress);
  }

  /** Records {@code event} as part of the running transaction: it stays only if that commits. */
  @Transactional(TxType.MANDATORY)
  public void recordInTransaction(Event event, UUID userId, String email, String ipAddress) {
    persist(event, userId, email, ipAddress);
  }

  private void persist(Event event, UUID userId, String email, String ipAddress) {
    em.persist(
        new SecurityEvent(
            event.name().toLowerCase(java.util.Locale.ROOT), userId, email, ipAddress));
  }
}
