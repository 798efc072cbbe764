package app.chidi.assistant.control;

import app.chidi.assistant.boundary.Evaluation;
import app.chidi.assistant.boundary.KnowledgeView;
import app.chidi.inventory.boundary.AvailabilityAnswer;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The shop's facts a reply may use, looked up through the boundaries; each {@code null} or empty
 * when not looked up.
 *
 * @param meanings the knowledge entries' sentence embeddings by entry id
 */
public record Grounding(
    AvailabilityAnswer availability,
    Evaluation evaluation,
    List<KnowledgeView> knowledge,
    Map<UUID, float[]> meanings,
    String currency) {

  public Grounding {
    knowledge = knowledge == null ? List.of() : List.copyOf(knowledge);
    meanings = meanings == null ? Map.of() : Map.copyOf(meanings);
  }

  /** Facts without knowledge embeddings: entries are then found by their words only. */
  public Grounding(
      AvailabilityAnswer availability,
      Evaluation evaluation,
      List<KnowledgeView> knowledge,
      String currency) {
    this(availability, evaluation, knowledge, Map.of(), currency);
  }
}
