package app.chidi.assistant.boundary;

import java.util.List;

/**
 * Why a reply says what it says.
 *
 * @param used the facts the reply is grounded in
 * @param escalation why it goes to a person, in plain words; empty when it may be sent
 * @param asked the product the customer asked about and whether it was available, when the message
 *     was about one
 */
public record ReplyReasons(UsedFacts used, List<String> escalation, List<AskedProduct> asked) {

  public ReplyReasons {
    escalation = List.copyOf(escalation);
    asked = asked == null ? List.of() : List.copyOf(asked);
  }

  public ReplyReasons(UsedFacts used, List<String> escalation) {
    this(used, escalation, List.of());
  }
}
