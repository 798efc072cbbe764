package app.chidi.channel.control;

import app.chidi.channel.boundary.ConversationPage;
import app.chidi.channel.boundary.ConversationQuery;
import app.chidi.channel.boundary.ConversationSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The business's conversations as lists show them, in SQL: each with its latest message and the
 * customer's messages nobody has answered yet.
 */
@ApplicationScoped
public class ConversationList {

  private static final String COLUMNS =
      "select c.id, c.platform, c.customer_id, c.customer_name, c.status, c.last_confidence,"
          + " c.last_message_at, c.taken_over_by is not null, (select m.content from"
          + " social_messages m where m.conversation_id = c.id and m.content is not null order"
          + " by m.created_at desc, m.id desc limit 1), (select count(*) from social_messages m"
          + " where m.conversation_id = c.id and m.direction = 'INBOUND' and m.status in"
          + " ('RECEIVED', 'ESCALATED')) from conversations c ";

  @PersistenceContext EntityManager em;

  public ConversationPage page(ConversationQuery query) {
    List<Object> parameters = new ArrayList<>();
    String where = where(query, parameters);
    long total =
        ((Number)
                bind(
                        em.createNativeQuery("select count(*) from conversations c " + where),
                        parameters)
                    .getSingleResult())
            .longValue();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        bind(
                em.createNativeQuery(
                    COLUMNS + where + " order by c.last_message_at desc nulls last, c.id"),
                parameters)
            .setFirstResult((query.page() - 1) * query.limit())
            .setMaxResults(query.limit())
            .getResultList();
    int pages = (int) Math.max(1, (total + query.limit() - 1) / query.limit());
    return new ConversationPage(
        rows.stream().map(ConversationList::summary).toList(),
        new ConversationPage.Pagination(query.page(), pages, total));
  }

  /** The current business's conversations not resolved, escalated ones first, then the latest. */
  public List<ConversationSummary> open(int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                COLUMNS
                    + "where c.platform <> 'WEB' and c.status <> 'RESOLVED' order by c.status ="
                    + " 'ESCALATED' desc, c.last_message_at desc nulls last, c.id")
            .setMaxResults(limit)
            .getResultList();
    return rows.stream().map(ConversationList::summary).toList();
  }

  /** The conversation {@code id} of the current business, if there is one. */
  public Optional<ConversationSummary> one(UUID id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(COLUMNS + "where c.id = ?1").setParameter(1, id).getResultList();
    return rows.stream().findFirst().map(ConversationList::summary);
  }

  /** The current business's sandbox conversation with the customer {@code customerId}, if any. */
  public Optional<ConversationSummary> sandbox(String customerId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                COLUMNS
                    + "where c.platform = 'SANDBOX' and c.customer_id = ?1 order by"
                    + " c.last_message_at desc nulls last, c.id limit 1")
            .setParameter(1, customerId)
            .getResultList();
    return rows.stream().findFirst().map(ConversationList::summary);
  }

  private static String where(ConversationQuery query, List<Object> parameters) {
    StringBuilder where = new StringBuilder("where c.platform <> 'WEB'");
    if (query.platform() != null) {
      parameters.add(query.platform().name());
      where.append(" and c.platform = ?").append(parameters.size());
    }
    if (query.status() != null) {
      parameters.add(query.status().name());
      where.append(" and c.status = ?").append(parameters.size());
    }
    return where.toString();
  }

  private static Query bind(Query query, List<Object> parameters) {
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    return query;
  }

  private static ConversationSummary summary(Object[] row) {
    String customerId = (String) row[2];
    String name = (String) row[3];
    String status = ((String) row[4]).toLowerCase(Locale.ROOT);
    return new ConversationSummary(
        (UUID) row[0],
        name != null ? name : customerId,
        ((String) row[1]).toLowerCase(Locale.ROOT),
        new ConversationSummary.Customer(customerId, name),
        (String) row[8],
        row[6] == null ? null : MessageHistory.time(row[6]),
        ((Number) row[9]).intValue(),
        status,
        row[5] == null ? null : ((BigDecimal) row[5]).doubleValue(),
        "escalated".equals(status),
        (Boolean) row[7]);
  }
}
