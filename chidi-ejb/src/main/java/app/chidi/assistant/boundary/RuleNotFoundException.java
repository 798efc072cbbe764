package app.chidi.assistant.boundary;

import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.ErrorKind;

/** No rule with that id in this business. */
public class RuleNotFoundException extends BusinessException {

  public RuleNotFoundException() {
    super(ErrorKind.NOT_FOUND, "assistant/rule-not-found", "Rule not found");
  }
}
