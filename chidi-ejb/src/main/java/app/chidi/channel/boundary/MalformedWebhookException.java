package app.chidi.channel.boundary;

import app.chidi.platform.error.BusinessException;
import app.chidi.platform.error.ErrorKind;

/** A correctly signed webhook whose body is not the JSON the platform documents. */
public class MalformedWebhookException extends BusinessException {

  public MalformedWebhookException(String detail) {
    super(ErrorKind.INVALID_INPUT, "webhook/malformed", "The webhook body is malformed: " + detail);
  }
}
