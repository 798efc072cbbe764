package app.chidi.account.boundary;

import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.ErrorKind;
import jakarta.ejb.ApplicationException;

/**
 * A spent refresh token was presented again. To the caller it is just an invalid token, but the
 * transaction commits: the revocation of the token family it triggered must stay.
 */
@ApplicationException(rollback = false)
public class ReusedTokenException extends BusinessException {

  public ReusedTokenException() {
    super(
        ErrorKind.UNAUTHENTICATED,
        "auth/invalid-token",
        "The token is invalid, expired or already used");
  }
}
