package app.chidi.connection.boundary;

import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.ErrorKind;

/** Instagram refused the code or the token exchange; the person is sent back to try again. */
public class InstagramLoginFailedException extends BusinessException {

  public InstagramLoginFailedException(String message) {
    super(ErrorKind.UNPROCESSABLE, "channel/instagram-login-failed", message);
  }
}
