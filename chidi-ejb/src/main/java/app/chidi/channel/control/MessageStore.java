package app.chidi.channel.control;

import app.chidi.channel.boundary.IncomingMessage;
import app.chidi.channel.entity.MessageStatus;
import app.chidi.channel.entity.MessageType;
import app.chidi.channel.entity.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores what arrives, in SQL, so that concurrent deliveries of the same message or the same new
 * customer cannot store either twice: conversations are upserted on (business, connection,
 * customer), messages inserted on the unique (platform, platform_message_id) or not at all.
 */
@ApplicationScoped
public class MessageStore {

  @PersistenceContext EntityManager em;

  /** Whether {@code platformMessageId} is stored already (a redelivery). */
  public boolean known(Platform platform, String platformMessageId) {
    return !em.createNativeQuery(
            "select 1 from social_messages where platform = ?1 and platform_message_id = ?2")
        .setParameter(1, platform.name())
        .setParameter(2, platformMessageId)
        .getResultList()
        .isEmpty();
  }

  /**
   * The stored customer message {@code platformMessageId} while it still waits for CHIDI's answer
   * ({@code RECEIVED}).
   */
  public Optional<UUID> unanswered(Platform platform, String platformMessageId) {
    @SuppressWarnings("unchecked")
    List<UUID> ids =
        em.createNativeQuery(
                "select id from social_messages where platform = ?1 and platform_message_id = ?2"
                    + " and direction = 'INBOUND' and status = 'RECEIVED'")
            .setParameter(1, platform.name())
            .setParameter(2, platformMessageId)
            .getResultList();
    return ids.stream().findFirst();
  }

  /**
   * The conversation of {@code message}'s customer on {@code connection}, created when new; a
   * customer's own message (not an echo) also opens the messaging window anew, and a resolved
   * conversation again.
   */
  public UUID conversation(ChannelConnections.Connection connection, IncomingMessage message) {
    boolean fromCustomer = message.type() != MessageType.ECHO;
    return (UUID)
        em.createNativeQuery(
                "insert into conversations (id, business_id, connection_id, platform, customer_id,"
                    + " customer_name, last_customer_message_at, last_message_at) values (?1, ?2,"
                    + " ?3, ?4, ?5, nullif(?6, ''), case when ?7 then now() end, now()) on conflict"
                    + " (business_id, connection_id, customer_id) where customer_id is not null do"
                    + " update set customer_name = coalesce(excluded.customer_name,"
                    + " conversations.customer_name), last_customer_message_at ="
                    + " coalesce(excluded.last_customer_message_at,"
                    + " conversations.last_customer_message_at), status = case when ?7 and"
                    + " conversations.status = 'RESOLVED' then 'ACTIVE' else conversations.status"
                    + " end, last_message_at = now(), updated_at = now() returning id")
            .setParameter(1, UUID.randomUUID())
            .setParameter(2, connection.businessId())
            .setParameter(3, connection.id())
            .setParameter(4, connection.platform().name())
            .setParameter(5, message.customerId())
            .setParameter(6, message.customerName() == null ? "" : message.customerName())
            .setParameter(7, fromCustomer)
            .getSingleResult();
  }

  /**
   * Stores {@code message} once; returns its id, or {@code null} when the platform's id was stored
   * before (by a concurrent delivery).
   */
  public UUID insert(
      ChannelConnections.Connection connection, UUID conversation, IncomingMessage message) {
    boolean echo = message.type() == MessageType.ECHO;
    UUID id = UUID.randomUUID();
    int inserted =
        em.createNativeQuery(
                "insert into social_messages (id, business_id, conversation_id, connection_id,"
                    + " platform, direction, platform_message_id, sender_id, message_type, content,"
                    + " media, status) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, nullif(?10, ''),"
                    + " cast(nullif(?11, '') as jsonb), ?12) on conflict (platform, platform_message_id) where"
                    + " platform_message_id is not null do nothing")
            .setParameter(1, id)
            .setParameter(2, connection.businessId())
            .setParameter(3, conversation)
            .setParameter(4, connection.id())
            .setParameter(5, connection.platform().name())
            .setParameter(6, echo ? "OUTBOUND" : "INBOUND")
            .setParameter(7, message.platformMessageId())
            .setParameter(8, echo ? connection.accountId() : message.customerId())
            .setParameter(9, message.type().name())
            .setParameter(10, message.content() == null ? "" : message.content())
            .setParameter(11, message.mediaJson() == null ? "" : message.mediaJson())
            .setParameter(12, statusOf(message.type()).name())
            .executeUpdate();
    return inserted == 1 ? id : null;
  }

  private static MessageStatus statusOf(MessageType type) {
    if (type == MessageType.ECHO) {
      return MessageStatus.SENT;
    }
    return type.answerable() ? MessageStatus.RECEIVED : MessageStatus.IGNORED;
  }

  /**
   * Applies a platform's report to the outbound message it names, forwards only: a late "delivered"
   * does not undo "read". Reports of messages CHIDI does not know are ignored.
   */
  public void report(
      Platform platform, String platformMessageId, MessageStatus status, String error) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, status from social_messages where platform = ?1 and"
                    + " platform_message_id = ?2 and direction = 'OUTBOUND' for update")
            .setParameter(1, platform.name())
            .setParameter(2, platformMessageId)
            .getResultList();
    for (Object[] row : rows) {
      if (MessageStatus.valueOf((String) row[1]).mayAdvanceTo(status)) {
        em.createNativeQuery(
                "update social_messages set status = ?2, error_code = coalesce(nullif(?3, ''), error_code),"
                    + " delivered_at = case when ?2 in ('DELIVERED', 'READ') then"
                    + " coalesce(delivered_at, now()) else delivered_at end, read_at = case when"
                    + " ?2 = 'READ' then now() else read_at end where id = ?1")
            .setParameter(1, row[0])
            .setParameter(2, status.name())
            .setParameter(3, error == null ? "" : error)
            .executeUpdate();
      }
    }
  }
}
