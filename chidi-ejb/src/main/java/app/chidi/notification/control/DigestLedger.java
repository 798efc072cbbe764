package app.chidi.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * Which daily digests were sent ({@code notification_digests}, current business). Claiming a day is
 * an {@code INSERT ... ON CONFLICT DO NOTHING}: of several instances' timers, the one whose row
 * goes in mails the digest; the others wait on the key until it commits and then insert nothing.
 */
@ApplicationScoped
public class DigestLedger {

  @PersistenceContext EntityManager em;

  /** When the person's last digest in this business was sent, if ever. */
  public Optional<Instant> lastSent(UUID user) {
    Object epochSeconds =
        em.createNativeQuery(
                "select extract(epoch from max(sent_at)) from notification_digests"
                    + " where user_id = ?1")
            .setParameter(1, user)
            .getSingleResult();
    return Optional.ofNullable((Number) epochSeconds)
        .map(seconds -> Instant.ofEpochMilli(Math.round(seconds.doubleValue() * 1000)));
  }

  /** Claims the person's digest of {@code day}; false when it was claimed already. */
  public boolean claim(UUID business, UUID user, LocalDate day, OffsetDateTime now) {
    return em.createNativeQuery(
                "insert into notification_digests (business_id, user_id, day, sent_at)"
                    + " values (?1, ?2, ?3, ?4) on conflict do nothing")
            .setParameter(1, business)
            .setParameter(2, user)
            .setParameter(3, day)
            .setParameter(4, now)
            .executeUpdate()
        == 1;
  }
}
