package app.chidi.connection.boundary;

import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.ErrorKind;

/** Connecting a channel needs a confirmed email address, so the business can be reached. */
public class EmailNotVerifiedException extends BusinessException {

  public EmailNotVerifiedException() {
    super(
        ErrorKind.FORBIDDEN,
        "channel/email-not-verified",
        "Confirm your email address before connecting a channel.");
  }
}
