package app.chidi.channel.control;

import app.chidi.channel.boundary.ConversationInsights;
import app.chidi.channel.boundary.ConversationMetrics;
import app.chidi.channel.boundary.MetricsBucket;
import app.chidi.channel.boundary.ProductDemand;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Counts of the business's messages and replies, in SQL over its own rows. */
@ApplicationScoped
public class ReplyMetrics {

  /** How many products the most-asked and lost-demand lists show. */
  static final int TOP_PRODUCTS = 5;

  /**
   * Messages in, CHIDI's replies the platform accepted, escalated messages, people's replies,
   * drafts CHIDI sent by itself, drafts made: the same counts for the totals and for each bucket.
   */
  private static final String COUNTS =
      "count(*) filter (where direction = 'INBOUND'), count(*) filter (where sent_by = 'CHIDI' and"
          + " status in ('SENT', 'DELIVERED', 'READ')), count(*) filter (where decision ="
          + " 'ESCALATE' or (direction = 'INBOUND' and status = 'ESCALATED')), count(*) filter"
          + " (where sent_by = 'PERSON'), count(*) filter (where decision = 'SEND'), count(*)"
          + " filter (where decision is not null)";

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
                    "select " + COUNTS + " from social_messages where created_at >= ?1")
                .setParameter(1, since)
                .getSingleResult();
    Number firstReply =
        (Number)
            em.createNativeQuery(
                    "select extract(epoch from avg(first_reply_at - created_at)) from conversations"
                        + " where first_reply_at >= ?1")
                .setParameter(1, since)
                .getSingleResult();
    return new ConversationMetrics(
        period,
        since,
        count(counts[0]),
        count(counts[1]),
        count(counts[2]),
        count(counts[3]),
        rate(counts),
        firstReply == null ? null : firstReply.doubleValue());
  }

  /**
   * The totals of {@code period}, the same counts per hour (today) or per day (7 and 30 days) with
   * empty buckets included, and the products customers asked about most and asked for while they
   * were not available.
   */
  public ConversationInsights insights(String period, OffsetDateTime now) {
    OffsetDateTime since = since(period, now);
    ChronoUnit unit = "today".equals(period) ? ChronoUnit.HOURS : ChronoUnit.DAYS;
    String trunc = unit == ChronoUnit.HOURS ? "hour" : "day";
    Map<LocalDateTime, Object[]> counts = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "select date_trunc('"
                    + trunc
                    + "', created_at at time zone 'UTC'), "
                    + COUNTS
                    + " from social_messages where created_at >= ?1 group by 1")
            .setParameter(1, since)
            .getResultList()) {
      Object[] columns = (Object[]) row;
      counts.put(time(columns[0]), Arrays.copyOfRange(columns, 1, columns.length));
    }
    Map<LocalDateTime, Double> firstReplies = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "select date_trunc('"
                    + trunc
                    + "', first_reply_at at time zone 'UTC'), extract(epoch from"
                    + " avg(first_reply_at - created_at)) from conversations where first_reply_at"
                    + " >= ?1 group by 1")
            .setParameter(1, since)
            .getResultList()) {
      Object[] columns = (Object[]) row;
      firstReplies.put(time(columns[0]), ((Number) columns[1]).doubleValue());
    }
    List<MetricsBucket> series = new ArrayList<>();
    LocalDateTime end = now.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    for (LocalDateTime at =
            since.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime().truncatedTo(unit);
        !at.isAfter(end);
        at = at.plus(1, unit)) {
      Object[] bucket = counts.get(at);
      series.add(
          bucket == null
              ? new MetricsBucket(at.atOffset(ZoneOffset.UTC), 0, 0, 0, null, firstReplies.get(at))
              : new MetricsBucket(
                  at.atOffset(ZoneOffset.UTC),
                  count(bucket[0]),
                  count(bucket[1]),
                  count(bucket[2]),
                  rate(bucket),
                  firstReplies.get(at)));
    }
    List<ProductDemand> demand = demand(since);
    return new ConversationInsights(
        of(period, since),
        trunc,
        series,
        demand.stream()
            .sorted(Comparator.comparingLong(ProductDemand::asked).reversed())
            .limit(TOP_PRODUCTS)
            .toList(),
        demand.stream()
            .filter(d -> d.unavailable() > 0)
            .sorted(Comparator.comparingLong(ProductDemand::unavailable).reversed())
            .limit(TOP_PRODUCTS)
            .toList());
  }

  /** How often each product was asked about, from what the assistant recorded of each message. */
  private List<ProductDemand> demand(OffsetDateTime since) {
    List<ProductDemand> demand = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select a->>'productId', max(a->>'name'), count(*), count(*) filter (where"
                    + " a->>'available' = 'false') from social_messages m cross join lateral"
                    + " jsonb_array_elements(coalesce(m.reasons->'asked', '[]'::jsonb)) a where"
                    + " m.created_at >= ?1 and m.direction = 'INBOUND' group by 1 order by 3 desc"
                    + " limit 50")
            .setParameter(1, since)
            .getResultList()) {
      Object[] columns = (Object[]) row;
      demand.add(
          new ProductDemand(
              UUID.fromString((String) columns[0]),
              (String) columns[1],
              count(columns[2]),
              count(columns[3])));
    }
    return demand;
  }

  private static Double rate(Object[] counts) {
    long drafted = count(counts[5]);
    return drafted == 0 ? null : (double) count(counts[4]) / drafted;
  }

  private static LocalDateTime time(Object value) {
    return value instanceof Timestamp timestamp
        ? timestamp.toLocalDateTime()
        : (LocalDateTime) value;
  }

  private static long count(Object value) {
    return ((Number) value).longValue();
  }
}
