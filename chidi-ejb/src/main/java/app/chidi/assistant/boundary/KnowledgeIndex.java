package app.chidi.assistant.boundary;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A business's knowledge ready to search: the entries, and their sentence embeddings by entry id.
 */
public record KnowledgeIndex(List<KnowledgeView> entries, Map<UUID, float[]> meanings) {

  public KnowledgeIndex {
    entries = List.copyOf(entries);
    meanings = Map.copyOf(meanings);
  }
}
