package app.chidi.assistant.boundary;

import app.chidi.assistant.control.KnowledgeCache;
import app.chidi.assistant.control.KnowledgeEmbeddings;
import app.chidi.assistant.entity.KnowledgeEntry;
import app.chidi.assistant.entity.KnowledgeType;
import app.chidi.platform.error.InvalidFieldsException;
import app.chidi.platform.tenancy.TenantContext;
import app.chidi.platform.tenancy.Tenanted;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The signed-in business's own knowledge — policies, FAQs and other information — that the
 * assistant may tell customers. Each entry's sentence embedding is stored with it, and the
 * assistant reads both through a per-business cache that a change invalidates.
 */
@Stateless
@Tenanted
public class Knowledge {

  @PersistenceContext EntityManager em;
  @Inject KnowledgeEmbeddings embeddings;
  @Inject KnowledgeCache cache;

  /** The entries, oldest first; only those of {@code type} when it is given. */
  public List<KnowledgeView> list(String type) {
    var query =
        type == null
            ? em.createNamedQuery("KnowledgeEntry.findAll", KnowledgeEntry.class)
            : em.createNamedQuery("KnowledgeEntry.findByType", KnowledgeEntry.class)
                .setParameter("type", typeOf(type));
    return query.getResultList().stream().map(KnowledgeView::of).toList();
  }

  /** The entries with their embeddings; those stored before embeddings existed are embedded now. */
  public KnowledgeIndex indexed() {
    String version = embeddings.version();
    return cache
        .get(TenantContext.business(), version)
        .orElseGet(
            () -> {
              List<KnowledgeView> entries = list(null);
              Map<UUID, float[]> meanings = new HashMap<>(embeddings.stored());
              for (KnowledgeView entry : entries) {
                meanings.computeIfAbsent(entry.id(), id -> embeddings.store(entry));
              }
              KnowledgeIndex index = new KnowledgeIndex(entries, meanings);
              cache.put(TenantContext.business(), version, index);
              return index;
            });
  }

  public KnowledgeView create(KnowledgeForm form) {
    KnowledgeEntry entry = new KnowledgeEntry(TenantContext.business(), OffsetDateTime.now());
    write(entry, typeOf(form.type()), form.topic(), form.question(), form.content());
    em.persist(entry);
    return embedded(entry);
  }

  public KnowledgeView update(UUID id, KnowledgeChanges changes) {
    KnowledgeEntry entry = find(id);
    write(
        entry,
        changes.type() == null ? entry.type() : typeOf(changes.type()),
        changes.topic() == null ? entry.topic() : changes.topic(),
        changes.question() == null ? entry.question() : changes.question(),
        changes.content() == null ? entry.content() : changes.content());
    return embedded(entry);
  }

  private KnowledgeView embedded(KnowledgeEntry entry) {
    em.flush();
    KnowledgeView view = KnowledgeView.of(entry);
    embeddings.store(view);
    return view;
  }

  public void delete(UUID id) {
    em.remove(find(id));
  }

  private static void write(
      KnowledgeEntry entry, KnowledgeType type, String topic, String question, String content) {
    if (type == KnowledgeType.FAQ && (question == null || question.isBlank())) {
      throw InvalidFieldsException.of("question", "a faq needs its question");
    }
    entry.write(type, topic, question, content);
  }

  private KnowledgeEntry find(UUID id) {
    KnowledgeEntry entry = em.find(KnowledgeEntry.class, id);
    if (entry == null) {
      throw new KnowledgeNotFoundException();
    }
    return entry;
  }

  private static KnowledgeType typeOf(String type) {
    return KnowledgeType.valueOf(type.toUpperCase(Locale.ROOT));
  }
}
