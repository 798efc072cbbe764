package app.chidi.connection.boundary;

import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.ErrorKind;

/** Meta did not confirm the account with the token given: nothing was stored. */
public class VerificationFailedException extends BusinessException {

  public VerificationFailedException(String message) {
    super(ErrorKind.UNPROCESSABLE, "channel/verification-failed", message);
  }
}
