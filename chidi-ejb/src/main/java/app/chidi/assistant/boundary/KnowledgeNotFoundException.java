package app.chidi.assistant.boundary;

import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.ErrorKind;

/** No knowledge entry with that id in this business. */
public class KnowledgeNotFoundException extends BusinessException {

  public KnowledgeNotFoundException() {
    super(ErrorKind.NOT_FOUND, "assistant/knowledge-not-found", "Knowledge entry not found");
  }
}
