package app.chidi.channel.control;

import app.chidi.channel.boundary.ConversationMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Counts of the business's messages and replies, in SQL over its own rows. */
@ApplicationScoped
public class ReplyMetrics {

  @PersistenceContext EntityManager em;

  /**
   * Where {@code period} ({@code today}, {@code 7d}, {@code 30d}) starts, seen from {@code now}.
   */
  public static OffsetDateTime since(String period, OffsetDateTime now) {
    return switch (period) {
      case "today" -> now.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS);
      case "7d" -> now.minusDays(7);
      case "30d" -> now.minusDays(30);
      default -> throw new IllegalArgumentException("unknown period " + period);
    };
  }

  public ConversationMetrics of(String period, OffsetDateTime since) {
    Object[] counts =
        (Object[])
            em.createNativeQuery(
                    "select count(*) filter (where direction = 'INBOUND'), count(*) filter (where"
                        + " sent_by = 'CHIDI' and status in ('SENT', 'DELIVERED', 'READ')), count(*)"
                        + " filter (where decision = 'ESCALATE' or (direction = 'INBOUND' and status"
                        + " = 'ESCALATED')), count(*) filter (where sent_by = 'PERSON'), count(*)"
                        + " filter (where decision = 'SEND'), count(*) filter (where decision is not"
                        + " null) from social_messages where created_at >= ?1")
                .setParameter(1, since)
                .getSingleResult();
    Number firstReply =
        (Number)
            em.createNativeQuery(
                    "select extract(epoch from avg(first_reply_at - created_at)) from conversations"
                        + " where first_reply_at >= ?1")
                .setParameter(1, since)
                .getSingleResult();
    long drafted = count(counts[5]);
    return new ConversationMetrics(
        period,
        since,
        count(counts[0]),
        count(counts[1]),
        count(counts[2]),
        count(counts[3]),
        drafted == 0 ? null : (double) count(counts[4]) / drafted,
        firstReply == null ? null : firstReply.doubleValue());
  }

  private static long count(Object value) {
    return ((Number) value).longValue();
  }
}
