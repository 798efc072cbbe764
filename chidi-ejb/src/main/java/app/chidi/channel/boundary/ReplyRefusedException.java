package app.chidi.channel.boundary;

import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.ErrorKind;

/**
 * The platform would not take a reply now: the customer's messaging window is closed ({@code
 * conversation/window-closed}) or the connection is not usable ({@code
 * conversation/not-connected}).
 */
public class ReplyRefusedException extends BusinessException {

  public ReplyRefusedException(String code, String message) {
    super(ErrorKind.CONFLICT, code, message);
  }
}
