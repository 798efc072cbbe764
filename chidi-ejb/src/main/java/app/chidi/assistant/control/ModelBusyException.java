package app.chidi.assistant.control;

/** A language model provider was busy (429 or 5xx) and its asked-for wait is over: try again. */
public class ModelBusyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ModelBusyException(Throwable cause) {
    super(cause.getMessage(), cause);
  }
}
