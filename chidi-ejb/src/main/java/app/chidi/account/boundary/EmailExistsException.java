package app.chidi.account.boundary;

import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.ErrorKind;
import jakarta.ejb.ApplicationException;

/** An account with this email already exists. */
@ApplicationException(rollback = true)
public class EmailExistsException extends BusinessException {

  public EmailExistsException() {
    super(
        ErrorKind.INVALID_INPUT, "auth/email-exists", "An account with this email already exists");
  }
}
