package app.chidi.assistant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * Something true about the business that CHIDI may tell customers: a policy (shipping, returns,
 * payment, hours…), a frequently asked question with its answer, or other information. A FAQ always
 * has its question.
 */
@Entity
@Table(name = "knowledge_entries")
@NamedQuery(
    name = "KnowledgeEntry.findAll",
    query = "select k from KnowledgeEntry k order by k.createdAt, k.id")
@NamedQuery(
    name = "KnowledgeEntry.findByType",
    query = "select k from KnowledgeEntry k where k.type = :type order by k.createdAt, k.id")
public class KnowledgeEntry {

  @Id private UUID id;

  @Column(name = "business_id", nullable = false)
  private UUID businessId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private KnowledgeType type;

  @Column(nullable = false, length = 100)
  private String topic;

  @Column(length = 500)
  private String question;

  @Column(nullable = false)
  private String content;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected KnowledgeEntry() {}

  public KnowledgeEntry(UUID businessId, OffsetDateTime at) {
    this.id = UUID.randomUUID();
    this.businessId = Objects.requireNonNull(businessId);
    this.createdAt = at;
    this.updatedAt = at;
  }

  /**
   * Sets the entry; a blank question is absent.
   *
   * @throws IllegalArgumentException for a blank topic or content, or a FAQ without a question
   */
  public void write(KnowledgeType type, String topic, String question, String content) {
    if (topic == null || topic.isBlank() || content == null || content.isBlank()) {
      throw new IllegalArgumentException("an entry needs a topic and content");
    }
    if (type == KnowledgeType.FAQ && (question == null || question.isBlank())) {
      throw new IllegalArgumentException("a FAQ needs its question");
    }
    this.type = Objects.requireNonNull(type);
    this.topic = topic.strip();
    this.question = question == null || question.isBlank() ? null : question.strip();
    this.content = content.strip();
    this.updatedAt = OffsetDateTime.now();
  }

  public UUID id() {
    return id;
  }

  public KnowledgeType type() {
    return type;
  }

  public String topic() {
    return topic;
  }

  public String question() {
    return question;
  }

  public String content() {
    return content;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }
}
