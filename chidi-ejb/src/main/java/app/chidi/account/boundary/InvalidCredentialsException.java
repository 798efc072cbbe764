package app.chidi.account.boundary;

import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.ErrorKind;
import jakarta.ejb.ApplicationException;

/** Email or password is wrong. */
@ApplicationException(rollback = true)
public class InvalidCredentialsException extends BusinessException {

  public InvalidCredentialsException() {
    super(ErrorKind.UNAUTHENTICATED, "auth/invalid-credentials", "Email or password is wrong");
  }
}
