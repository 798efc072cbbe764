package app.chidi.assistant.control;

/** A language model provider cannot answer in time: the next engine answers instead. */
public class ModelUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ModelUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
