package app.chidi.channel.control;

import app.chidi.channel.boundary.ConversationDetail;
import app.chidi.platform.json.CachedJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The customer's messages of a conversation that wait for an answer — received, or escalated with
 * CHIDI's draft — until a person answers them.
 */
@ApplicationScoped
public class OpenQuestions {

  @PersistenceContext EntityManager em;

  /** CHIDI's draft for the latest escalated message of the conversation, if it drafted one. */
  public Optional<ConversationDetail.Draft> draft(UUID conversationId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, ai_response, confidence, intent, cast(reasons as text) from"
                    + " social_messages where conversation_id = ?1 and direction = 'INBOUND' and"
                    + " status = 'ESCALATED' and ai_response is not null order by created_at desc,"
                    + " id desc")
            .setParameter(1, conversationId)
            .setMaxResults(1)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            row ->
                new ConversationDetail.Draft(
                    (UUID) row[0],
                    (String) row[1],
                    ((BigDecimal) row[2]).doubleValue(),
                    (String) row[3],
                    escalationReasons((String) row[4])));
  }

  /** The latest of the customer's messages still waiting for an answer. */
  public Optional<UUID> latest(UUID conversationId) {
    @SuppressWarnings("unchecked")
    List<UUID> rows =
        em.createNativeQuery(
                "select id from social_messages where conversation_id = ?1 and direction ="
                    + " 'INBOUND' and status in ('RECEIVED', 'ESCALATED') order by created_at"
                    + " desc, id desc")
            .setParameter(1, conversationId)
            .setMaxResults(1)
            .getResultList();
    return rows.stream().findFirst();
  }

  /**
   * A person answered: nothing of the customer's waits any more, and a message still queued for
   * CHIDI is no longer answered by it.
   */
  public void answerAll(UUID conversationId) {
    em.createNativeQuery(
            "update social_messages set status = 'ANSWERED' where conversation_id = ?1 and"
                + " direction = 'INBOUND' and status in ('RECEIVED', 'ESCALATED')")
        .setParameter(1, conversationId)
        .executeUpdate();
  }

  private static List<String> escalationReasons(String reasons) {
    if (reasons == null) {
      return List.of();
    }
    JsonObject object = CachedJson.createReader(new StringReader(reasons)).readObject();
    return object.getJsonArray("escalation") == null
        ? List.of()
        : object.getJsonArray("escalation").stream()
            .filter(value -> value.getValueType() == JsonValue.ValueType.STRING)
            .map(value -> ((JsonString) value).getString())
            .toList();
  }
}
