package app.chidi.account.boundary;

import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.ErrorKind;
import jakarta.ejb.ApplicationException;

/** The token is invalid, expired or already used. */
@ApplicationException(rollback = true)
public class InvalidTokenException extends BusinessException {

  public InvalidTokenException() {
    super(
        ErrorKind.UNAUTHENTICATED,
        "auth/invalid-token",
        "The token is invalid, expired or already used");
  }
}
