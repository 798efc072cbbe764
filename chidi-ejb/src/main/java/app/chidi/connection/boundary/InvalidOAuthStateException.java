package app.chidi.connection.boundary;

import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.ErrorKind;

/** The Instagram login came back with a state CHIDI did not issue, or issued too long ago. */
public class InvalidOAuthStateException extends BusinessException {

  private InvalidOAuthStateException(String code, String message) {
    super(ErrorKind.INVALID_INPUT, code, message);
  }

  public static InvalidOAuthStateException tampered() {
    return new InvalidOAuthStateException(
        "channel/invalid-state", "The login state is not one CHIDI issued; start again.");
  }

  public static InvalidOAuthStateException expired() {
    return new InvalidOAuthStateException(
        "channel/state-expired", "The login took longer than 10 minutes; start again.");
  }
}
