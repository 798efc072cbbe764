package app.chidi.assistant.control;

import app.chidi.assistant.boundary.Evaluation;
import app.chidi.assistant.boundary.KnowledgeView;
import app.chidi.inventory.boundary.AvailabilityAnswer;
import java.util.List;

/**
 * The shop's facts a reply may use, looked up through the boundaries; each {@code null} or empty
 * when not looked up.
 */
public record Grounding(
    AvailabilityAnswer availability,
    Evaluation evaluation,
    List<KnowledgeView> knowledge,
    String currency) {

  public Grounding {
    knowledge = knowledge == null ? List.of() : List.copyOf(knowledge);
  }
}
