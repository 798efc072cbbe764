package app.chidi.connection.boundary;

import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.ErrorKind;

/** The account is already connected to another business: an account routes to exactly one. */
public class AccountTakenException extends BusinessException {

  public AccountTakenException() {
    super(
        ErrorKind.CONFLICT,
        "channel/account-taken",
        "This account is already connected to another business.");
  }
}
