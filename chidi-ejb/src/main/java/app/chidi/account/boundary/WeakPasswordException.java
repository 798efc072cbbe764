package app.chidi.account.boundary;

import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.ErrorKind;
import jakarta.ejb.ApplicationException;

/** A password needs at least 8 characters, one uppercase letter and one digit. */
@ApplicationException(rollback = true)
public class WeakPasswordException extends BusinessException {

  public WeakPasswordException() {
    super(
        ErrorKind.INVALID_INPUT,
        "auth/weak-password",
        "A password needs at least 8 characters, one uppercase letter and one digit");
  }
}
