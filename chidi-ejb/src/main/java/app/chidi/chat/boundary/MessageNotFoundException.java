package app.chidi.chat.boundary;

import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.ErrorKind;

/** No chat message with that id in this business (or it was purged). */
public class MessageNotFoundException extends BusinessException {

  public MessageNotFoundException() {
    super(ErrorKind.NOT_FOUND, "chat/message-not-found", "No chat message with that id");
  }
}
