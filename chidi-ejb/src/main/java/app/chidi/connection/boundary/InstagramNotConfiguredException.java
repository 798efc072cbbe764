package app.chidi.connection.boundary;

import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.ErrorKind;

/** This installation has no Instagram app: {@code CHIDI_INSTAGRAM_APP_ID} / {@code _SECRET}. */
public class InstagramNotConfiguredException extends BusinessException {

  public InstagramNotConfiguredException(String variable) {
    super(
        ErrorKind.UNAVAILABLE,
        "channel/instagram-not-configured",
        "Instagram login is not set up on this installation (" + variable + " is missing).");
  }
}
