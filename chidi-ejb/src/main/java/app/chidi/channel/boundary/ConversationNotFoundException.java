package app.chidi.channel.boundary;

import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.ErrorKind;

/** No conversation with that id in this business. */
public class ConversationNotFoundException extends BusinessException {

  public ConversationNotFoundException() {
    super(ErrorKind.NOT_FOUND, "conversation/not-found", "Conversation not found");
  }
}
