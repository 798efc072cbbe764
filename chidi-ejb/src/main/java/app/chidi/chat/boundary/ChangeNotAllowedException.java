package app.chidi.chat.boundary;

import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.ErrorKind;

/** The person's role may chat but not make this change (viewers change nothing). */
public class ChangeNotAllowedException extends BusinessException {

  public ChangeNotAllowedException() {
    super(ErrorKind.FORBIDDEN, "chat/change-not-allowed", "Your role cannot make this change");
  }
}
