package app.chidi.channel.boundary;

import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.ErrorKind;

/** A webhook without a valid {@code X-Hub-Signature-256}: not from Meta, or altered. */
public class InvalidSignatureException extends BusinessException {

  public InvalidSignatureException() {
    super(
        ErrorKind.UNAUTHENTICATED,
        "webhook/signature-invalid",
        "The X-Hub-Signature-256 header is missing or does not match the body");
  }
}
