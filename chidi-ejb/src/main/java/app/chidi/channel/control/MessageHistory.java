package app.chidi.channel.control;

import app.chidi.assistant.boundary.Turn;
import app.chidi.channel.boundary.ConversationDetail;
import app.chidi.channel.boundary.MessagePage;
import app.chidi.channel.entity.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Reads conversations back: the turns before a message, a conversation's thread, and pages of a
 * platform's messages.
 */
@ApplicationScoped
public class MessageHistory {

  @PersistenceContext EntityManager em;

  /**
   * Up to {@code limit} text messages before {@code messageId} in its conversation, oldest first.
   */
  public List<Turn> before(UUID conversationId, UUID messageId, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select direction, content from social_messages where conversation_id = ?1 and id"
                    + " <> ?2 and content is not null and message_type <> 'REACTION' and created_at"
                    + " <= (select created_at from social_messages where id = ?2) order by"
                    + " created_at desc, id desc")
            .setParameter(1, conversationId)
            .setParameter(2, messageId)
            .setMaxResults(limit)
            .getResultList();
    List<Turn> turns = new ArrayList<>();
    for (Object[] row : rows) {
      turns.add(new Turn("INBOUND".equals(row[0]) ? "customer" : "business", (String) row[1]));
    }
    Collections.reverse(turns);
    return turns;
  }

  /** The latest {@code limit} messages of a conversation, oldest first. */
  public List<ConversationDetail.ThreadMessage> thread(UUID conversationId, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, direction, sent_by, content, message_type, status, created_at,"
                    + " error_code from social_messages where conversation_id = ?1 order by"
                    + " created_at desc, id desc")
            .setParameter(1, conversationId)
            .setMaxResults(limit)
            .getResultList();
    List<ConversationDetail.ThreadMessage> thread = new ArrayList<>();
    for (Object[] row : rows) {
      thread.add(
          new ConversationDetail.ThreadMessage(
              (UUID) row[0],
              lower(row[1]),
              author(row[1], row[2]),
              (String) row[3],
              lower(row[4]),
              lower(row[5]),
              time(row[6]),
              (String) row[7]));
    }
    Collections.reverse(thread);
    return thread;
  }

  /** Page {@code page} (from 1) of {@code platform}'s messages, newest first. */
  public MessagePage page(Platform platform, int page, int limit) {
    long total =
        ((Number)
                em.createNativeQuery("select count(*) from social_messages where platform = ?1")
                    .setParameter(1, platform.name())
                    .getSingleResult())
            .longValue();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select m.id, m.conversation_id, m.direction, m.sender_id, c.customer_name,"
                    + " m.content, m.message_type, m.status, m.created_at, m.ai_response,"
                    + " m.confidence, m.decision from social_messages m join conversations c on"
                    + " c.id = m.conversation_id where m.platform = ?1 order by m.created_at desc,"
                    + " m.id desc")
            .setParameter(1, platform.name())
            .setFirstResult((page - 1) * limit)
            .setMaxResults(limit)
            .getResultList();
    int pages = (int) Math.max(1, (total + limit - 1) / limit);
    return new MessagePage(
        rows.stream().map(MessageHistory::item).toList(),
        new MessagePage.Pagination(page, pages, total));
  }

  private static MessagePage.Item item(Object[] row) {
    boolean inbound = "INBOUND".equals(row[2]);
    return new MessagePage.Item(
        row[0].toString(),
        row[1].toString(),
        lower(row[2]),
        new MessagePage.Sender((String) row[3], inbound ? (String) row[4] : null),
        (String) row[5],
        lower(row[6]),
        lower(row[7]),
        time(row[8]),
        inbound ? aiResponse(row) : null);
  }

  private static MessagePage.AiResponse aiResponse(Object[] row) {
    if (row[9] == null) {
      return new MessagePage.AiResponse(null, null, "pending");
    }
    return new MessagePage.AiResponse(
        (String) row[9],
        ((BigDecimal) row[10]).doubleValue(),
        "SEND".equals(row[11]) ? "auto_sent" : "escalated");
  }

  /**
   * Who wrote a message: the customer, CHIDI, a person through CHIDI, or the business elsewhere.
   */
  private static String author(Object direction, Object sentBy) {
    if ("INBOUND".equals(direction)) {
      return "customer";
    }
    return sentBy == null ? "business" : lower(sentBy);
  }

  private static String lower(Object value) {
    return ((String) value).toLowerCase(Locale.ROOT);
  }

  static OffsetDateTime time(Object value) {
    return value instanceof OffsetDateTime at
        ? at
        : ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
  }
}
