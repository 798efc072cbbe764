package app.chidi.platform.messaging;

/** The broker refused a message; the surrounding transaction must roll back. */
public class MessagingException extends RuntimeException {

  public MessagingException(String message, Throwable cause) {
    super(message, cause);
  }
}
