package app.chidi.channel.boundary;

import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.ErrorKind;

/** A webhook subscription check whose verify token is not CHIDI's. */
public class VerificationFailedException extends BusinessException {

  public VerificationFailedException() {
    super(
        ErrorKind.FORBIDDEN,
        "webhook/verification-failed",
        "The subscription mode or verify token is wrong");
  }
}
