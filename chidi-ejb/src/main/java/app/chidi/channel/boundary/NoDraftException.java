package app.chidi.channel.boundary;

import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.ErrorKind;

/** CHIDI has no draft waiting in this conversation; send a text of your own. */
public class NoDraftException extends BusinessException {

  public NoDraftException() {
    super(ErrorKind.CONFLICT, "conversation/no-draft", "There is no draft to send");
  }
}
