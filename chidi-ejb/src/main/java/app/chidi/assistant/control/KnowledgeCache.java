package app.chidi.assistant.control;

import app.chidi.assistant.boundary.KnowledgeIndex;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The businesses' knowledge indexes most recently used on this instance, each under the version of
 * the knowledge it was built from (the number of entries and the latest change). A change on any
 * instance changes the version, so a stale index is never used; the least recently used business is
 * dropped past {@link #BUSINESSES}.
 */
@ApplicationScoped
public class KnowledgeCache {

  static final int BUSINESSES = 1000;

  private record Snapshot(String version, KnowledgeIndex index) {}

  private final Map<UUID, Snapshot> snapshots =
      Collections.synchronizedMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, Snapshot> eldest) {
              return size() > BUSINESSES;
            }
          });

  public Optional<KnowledgeIndex> get(UUID business, String version) {
    Snapshot snapshot = snapshots.get(business);
    return snapshot != null && snapshot.version().equals(version)
        ? Optional.of(snapshot.index())
        : Optional.empty();
  }

  public void put(UUID business, String version, KnowledgeIndex index) {
    snapshots.put(business, new Snapshot(version, index));
  }
}
