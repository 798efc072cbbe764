package app.chidi.assistant.control;

import app.chidi.assistant.boundary.Evaluation;
import app.chidi.assistant.boundary.KnowledgeView;
import app.chidi.assistant.boundary.RuleView;
import app.chidi.inventory.boundary.AvailabilityAnswer;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The shop's facts a reply may use, looked up through the boundaries; each {@code null} or empty
 * when not looked up.
 *
 * @param meanings the knowledge entries' sentence embeddings by entry id
 * @param offers the active pricing rules, for a question about discounts in general
 */
public record Grounding(
    AvailabilityAnswer availability,
    Evaluation evaluation,
    List<KnowledgeView> knowledge,
    Map<UUID, float[]> meanings,
    List<RuleView> offers,
    String currency) {

  public Grounding {
    knowledge = knowledge == null ? List.of() : List.copyOf(knowledge);
    meanings = meanings == null ? Map.of() : Map.copyOf(meanings);
    offers = offers == null ? List.of() : List.copyOf(offers);
  }

  /** Facts without knowledge embeddings: entries are then found by their words only. */
  public Grounding(
      AvailabilityAnswer availability,
      Evaluation evaluation,
      List<KnowledgeView> knowledge,
      String currency) {
    this(availability, evaluation, knowledge, Map.of(), List.of(), currency);
  }
}
