package app.chidi.connection.control;

import app.chidi.connection.entity.Platform;
import app.chidi.connection.entity.SocialConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The connections of the current business, and the one look across businesses renewal needs. */
@ApplicationScoped
public class ConnectionRepository {

  /** Stands for "no business" while renewal looks across all of them (see V7). */
  private static final String NO_BUSINESS = new UUID(0, 0).toString();

  @PersistenceContext EntityManager em;

  public List<SocialConnection> all() {
    return em.createNamedQuery("SocialConnection.findAll", SocialConnection.class).getResultList();
  }

  public Optional<SocialConnection> find(UUID id) {
    return Optional.ofNullable(em.find(SocialConnection.class, id));
  }

  public Optional<SocialConnection> byAccount(Platform platform, String accountId) {
    return em.createNamedQuery("SocialConnection.findByAccount", SocialConnection.class)
        .setParameter("platform", platform)
        .setParameter("account", accountId)
        .getResultStream()
        .findFirst();
  }

  /**
   * Locks the connection for this transaction unless another instance holds it ({@code for update
   * skip locked}): two instances running the daily renewal never work on the same row.
   */
  public Optional<SocialConnection> lockUnlessBusy(UUID id) {
    List<?> locked =
        em.createNativeQuery(
                "select id from social_connections where id = ?1 for update skip locked")
            .setParameter(1, id)
            .getResultList();
    return locked.isEmpty() ? Optional.empty() : find(id);
  }

  /**
   * The connections of every business whose token expires before {@code horizon}, as (id, business)
   * pairs only. Runs in a transaction of its own with "no business" as tenant and the {@code
   * app.connection_renewal} flag that V7's policy {@code renewal_reads} lets see them.
   */
  public List<DueConnection> dueBefore(OffsetDateTime horizon) {
    em.createNativeQuery(
            "select set_config('app.business_id', ?1, true),"
                + " set_config('app.connection_renewal', 'due', true)")
        .setParameter(1, NO_BUSINESS)
        .getSingleResult();
    List<?> rows =
        em.createNativeQuery(
                "select id, business_id from social_connections"
                    + " where status in ('CONNECTED', 'EXPIRING') and token_expires_at < ?1"
                    + " order by token_expires_at")
            .setParameter(1, horizon)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(row -> new DueConnection((UUID) row[0], (UUID) row[1]))
        .toList();
  }

  /** A connection due for renewal and the business it belongs to. */
  public record DueConnection(UUID id, UUID businessId) {}
}
