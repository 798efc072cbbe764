package app.chidi.channel.control;

import app.chidi.channel.entity.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The channel's side of social_connections, in SQL: routing a webhook's account to its business,
 * counting what arrives, the sandbox connection, and what a send needs. The connections themselves
 * (OAuth, tokens) belong to the connection component.
 */
@ApplicationScoped
public class ChannelConnections {

  @PersistenceContext EntityManager em;

  /** A connection as the channel needs it. */
  public record Connection(
      UUID id,
      UUID businessId,
      Platform platform,
      String accountId,
      String status,
      String templateName,
      String templateLanguage) {

    public boolean usable() {
      return "CONNECTED".equals(status) || "EXPIRING".equals(status);
    }
  }

  /**
   * The connection of {@code platform}'s {@code accountId}, read under the route_reads policy (the
   * transaction must have been routed to that account first).
   */
  public Optional<Connection> route(Platform platform, String accountId) {
    return one("where platform = ?1 and account_id = ?2", platform.name(), accountId);
  }

  public Optional<Connection> find(UUID id) {
    return one("where id = ?1", id, null);
  }

  /**
   * A webhook for this connection arrived now; recorded to the minute. Writing it on every webhook
   * would lock the connection's row in every intake transaction until its two-phase commit, so a
   * busy number's webhooks would wait for one another; within the minute the row is not touched.
   */
  public void touch(UUID id) {
    em.createNativeQuery(
            "update social_connections set last_webhook_at = now(), updated_at = now() where id = ?1"
                + " and (last_webhook_at is null or last_webhook_at < now() - interval '1 minute')")
        .setParameter(1, id)
        .executeUpdate();
  }

  /** A message arrived a second time and was dropped. */
  public void countDuplicates(UUID id, int duplicates) {
    em.createNativeQuery("update social_connections set duplicates = duplicates + ?2 where id = ?1")
        .setParameter(1, id)
        .setParameter(2, duplicates)
        .executeUpdate();
  }

  /** The business's sandbox connection, created on first use (its account id is the business's). */
  public Connection sandbox(UUID businessId) {
    em.createNativeQuery(
            "insert into social_connections (id, business_id, platform, account_id, display_name)"
                + " values (?1, ?2, 'SANDBOX', ?3, 'Sandbox') on conflict (platform, account_id)"
                + " do nothing")
        .setParameter(1, UUID.randomUUID())
        .setParameter(2, businessId)
        .setParameter(3, businessId.toString())
        .executeUpdate();
    return route(Platform.SANDBOX, businessId.toString()).orElseThrow();
  }

  private Optional<Connection> one(String where, Object first, Object second) {
    var query =
        em.createNativeQuery(
                "select id, business_id, platform, account_id, status, template_name,"
                    + " template_language from social_connections "
                    + where)
            .setParameter(1, first);
    if (second != null) {
      query.setParameter(2, second);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream().findFirst().map(ChannelConnections::connection);
  }

  private static Connection connection(Object[] row) {
    return new Connection(
        (UUID) row[0],
        (UUID) row[1],
        Platform.valueOf((String) row[2]),
        (String) row[3],
        (String) row[4],
        (String) row[5],
        (String) row[6]);
  }
}
