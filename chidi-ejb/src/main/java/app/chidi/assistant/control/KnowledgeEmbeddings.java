package app.chidi.assistant.control;

import app.chidi.assistant.boundary.KnowledgeView;
import app.chidi.platform.meaning.SentenceEncoder;
import app.chidi.platform.tenancy.TenantContext;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The stored sentence embeddings of the signed-in business's knowledge entries ({@code
 * business_embeddings}, a {@code real[]} each). Written as text and cast by PostgreSQL, because
 * EclipseLink has no mapping for PostgreSQL arrays.
 */
@Dependent
public class KnowledgeEmbeddings {

  @PersistenceContext EntityManager em;

  /** Embeds the entry and stores it in place of its previous embedding; returns the embedding. */
  public float[] store(KnowledgeView entry) {
    String text = KnowledgeMeaning.text(entry);
    float[] vector = SentenceEncoder.embed(text);
    em.createNativeQuery("delete from business_embeddings where knowledge_id = ?1")
        .setParameter(1, entry.id())
        .executeUpdate();
    em.createNativeQuery(
            "insert into business_embeddings"
                + " (id, business_id, knowledge_id, content, embedding, model)"
                + " values (?1, ?2, ?3, ?4, cast(?5 as real[]), ?6)")
        .setParameter(1, UUID.randomUUID())
        .setParameter(2, TenantContext.business())
        .setParameter(3, entry.id())
        .setParameter(4, text)
        .setParameter(5, literal(vector))
        .setParameter(6, SentenceEncoder.MODEL)
        .executeUpdate();
    return vector;
  }

  /** The stored embeddings by knowledge entry id. */
  @SuppressWarnings("unchecked")
  public Map<UUID, float[]> stored() {
    Map<UUID, float[]> vectors = new HashMap<>();
    List<Object[]> rows =
        em.createNativeQuery(
                "select cast(knowledge_id as varchar), cast(embedding as varchar)"
                    + " from business_embeddings where model = ?1")
            .setParameter(1, SentenceEncoder.MODEL)
            .getResultList();
    for (Object[] row : rows) {
      vectors.put(UUID.fromString((String) row[0]), parse((String) row[1]));
    }
    return vectors;
  }

  /** The version of the business's knowledge: its number of entries and its latest change. */
  public String version() {
    Object[] row =
        (Object[])
            em.createNativeQuery("select count(*), max(updated_at) from knowledge_entries")
                .getSingleResult();
    return row[0] + "@" + row[1];
  }

  static String literal(float[] vector) {
    StringBuilder text = new StringBuilder("{");
    for (int i = 0; i < vector.length; i++) {
      text.append(i == 0 ? "" : ",").append(vector[i]);
    }
    return text.append('}').toString();
  }

  static float[] parse(String literal) {
    String[] parts = literal.substring(1, literal.length() - 1).split(",");
    float[] vector = new float[parts.length];
    for (int i = 0; i < parts.length; i++) {
      vector[i] = Float.parseFloat(parts[i]);
    }
    return vector;
  }
}
