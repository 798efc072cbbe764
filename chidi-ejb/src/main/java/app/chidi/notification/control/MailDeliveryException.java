package app.chidi.notification.control;

/** The SMTP server did not take a mail; delivery is retried by the broker. */
public class MailDeliveryException extends RuntimeException {

  public MailDeliveryException(String message, Throwable cause) {
    super(message, cause);
  }
}
