package app.chidi.assistant.boundary;

import app.chidi.assistant.entity.KnowledgeEntry;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

/** A knowledge entry as the API shows it. */
public record KnowledgeView(
    UUID id,
    String type,
    String topic,
    String question,
    String content,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  static KnowledgeView of(KnowledgeEntry entry) {
    return new KnowledgeView(
        entry.id(),
        entry.type().name().toLowerCase(Locale.ROOT),
        entry.topic(),
        entry.question(),
        entry.content(),
        entry.createdAt(),
        entry.updatedAt());
  }
}
