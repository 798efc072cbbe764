package app.chidi.assistant.boundary;

import java.util.List;

/**
 * Why a reply says what it says.
 *
 * @param used the facts the reply is grounded in
 * @param escalation why it goes to a person, in plain words; empty when it may be sent
 */
public record ReplyReasons(UsedFacts used, List<String> escalation) {

  public ReplyReasons {
    escalation = List.copyOf(escalation);
  }
}
